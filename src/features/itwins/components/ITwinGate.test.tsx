import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { server, installMswServer } from "../../../test/msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { ITwinGate } from "./ITwinGate";
import { HomePage } from "./HomePage";

installMswServer();

const iTwin = { id: TEST_ITWIN_ID, displayName: "White River Bridge", class: "Endeavor", subClass: "Project", number: "WRB-001" };

describe("the iTwin gate", () => {
  it("shows the page once the iTwin is loaded and records it as recent", async () => {
    let markedRecent = "";
    server.use(
      http.get(`${TEST_API}/itwins/:id`, () => HttpResponse.json({ iTwin })),
      http.post(`${TEST_API}/itwins/recents/:id`, ({ params }) => {
        markedRecent = String(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<ITwinGate iTwinId={TEST_ITWIN_ID}>the roles page</ITwinGate>);
    expect(await screen.findByText("the roles page")).toBeInTheDocument();
    await expect.poll(() => markedRecent).toBe(TEST_ITWIN_ID);
  });

  it("says plainly that the user has no access when the iTwin answers 404", async () => {
    server.use(
      http.get(`${TEST_API}/itwins/:id`, () =>
        HttpResponse.json({ error: { code: "iTwinNotFound", message: "Requested iTwin is not available." } }, { status: 404 }),
      ),
    );
    renderWithProviders(<ITwinGate iTwinId={TEST_ITWIN_ID}>the roles page</ITwinGate>);
    expect(await screen.findByRole("heading", { name: "No access to this iTwin" })).toBeInTheDocument();
    expect(screen.queryByText("the roles page")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Choose another iTwin" })).toHaveAttribute("href", "/");
  });

  it("shows a server failure with its correlation id and a retry, not the no-access page", async () => {
    server.use(
      http.get(
        `${TEST_API}/itwins/:id`,
        () =>
          new HttpResponse("<html><title>502 Bad Gateway</title></html>", {
            status: 502,
            headers: { "content-type": "text/html", "x-correlation-id": "corr-123" },
          }),
      ),
    );
    renderWithProviders(<ITwinGate iTwinId={TEST_ITWIN_ID}>the roles page</ITwinGate>);
    expect(await screen.findByText(/Correlation id: corr-123/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(screen.queryByText(/<html>/)).not.toBeInTheDocument();
  });
});

describe("the start page", () => {
  it("tells a user who belongs to no iTwin what to do next", async () => {
    server.use(
      http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [] })),
      http.get(`${TEST_API}/itwins`, () => HttpResponse.json({ iTwins: [] })),
    );
    renderWithProviders(<HomePage />, { path: "/", route: "/" });
    expect(await screen.findByRole("heading", { name: "You are not a member of any iTwin yet" })).toBeInTheDocument();
    expect(screen.getByText(/Ask an iTwin owner or your organization administrator/)).toBeInTheDocument();
  });

  it("opens the most recent iTwin, where its first usable section is chosen", async () => {
    server.use(
      http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [iTwin] })),
      http.get(`${TEST_API}/itwins`, () => HttpResponse.json({ iTwins: [iTwin] })),
    );
    const { router } = renderWithProviders(<HomePage />, { path: "/", route: "/" });
    await expect.poll(() => router.state.location.pathname).toBe(`/itwins/${TEST_ITWIN_ID}`);
  });
});
