import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError, apiErrorFromResponse } from "../api/api-error";
import { createHttpClient } from "../api/http-client";
import { createRateLimitGate } from "../api/rate-limit-status";
import { ErrorBoundary } from "./ErrorBoundary";
import { ApiErrorAlert } from "./ApiErrorAlert";

const XSS = "<img src=x onerror=alert(1)>";
const TOKEN = "eyJhbGciOiJSUzI1NiJ9.secret-payload.signature-0123456789";

describe("ApiErrorAlert", () => {
  it("shows a server message containing markup as literal text", () => {
    const { container } = render(<ApiErrorAlert error={new Error(`Role ${XSS} not found`)} action="Loading roles" />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("alert")).toHaveTextContent(`Role ${XSS} not found`);
  });

  it("names the correlation id and offers a retry for a server error", async () => {
    const onRetry = vi.fn();
    const error = new ApiError({
      status: 502,
      kind: "http",
      code: "BadGateway",
      message: "The server had a problem (status 502). (502 Bad Gateway)",
      correlationId: "corr-7",
    });
    render(<ApiErrorAlert error={error} action="Saving" onRetry={onRetry} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Correlation id: corr-7");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("never shows the access token, even when the server echoes it in the body and the correlation id", async () => {
    const echo = `Bad token ${TOKEN}`;
    const fetchImpl = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ error: { code: "Unauthorized", message: echo, details: [{ code: "x", message: echo, target: TOKEN }] } }),
          {
            status: 400,
            headers: { "content-type": "application/json", "x-correlation-id": TOKEN },
          },
        ),
    );
    const http = createHttpClient({
      baseUrl: "https://api.test",
      getAccessToken: async () => TOKEN,
      fetchImpl,
      sleep: async () => {},
      rateLimitGate: createRateLimitGate(),
    });
    const error = await http.send({ api: "accesscontrol", path: "/x", schema: null }).catch((e: unknown) => e);
    const { container } = render(<ApiErrorAlert error={error} action="Loading" />);
    expect(container.textContent).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});

describe("ErrorBoundary", () => {
  it("shows a render error's message as text and logs only its name and message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    function Broken(): never {
      throw new Error(`Cannot read ${XSS}`);
    }
    const { container } = render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("alert")).toHaveTextContent(`Cannot read ${XSS}`);
    const ours = log.mock.calls.filter(([first]) => typeof first === "string" && first.startsWith("[console]"));
    expect(ours).toHaveLength(1);
    expect(ours[0]![0]).toBe(`[console] render failed: Error: Cannot read ${XSS}`);
    log.mockRestore();
  });
});

describe("server text from an error body", () => {
  it("loses its markup before it is ever shown", () => {
    const error = apiErrorFromResponse(
      404,
      new Headers(),
      JSON.stringify({ error: { code: "RoleNotFound", message: `Role ${XSS}Reader not found` } }),
    );
    render(<ApiErrorAlert error={error} action="Loading the role" />);
    expect(screen.getByRole("alert")).toHaveTextContent("Role Reader not found");
  });
});
