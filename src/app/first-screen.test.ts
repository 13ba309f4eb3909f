import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { createHttpClient } from "../api/http-client";
import { createRateLimitGate } from "../api/rate-limit-status";
import { server, installMswServer } from "../test/msw";
import { TEST_API, TEST_ITWIN_ID } from "../test/render";
import { prefetchFirstScreen } from "./first-screen";

installMswServer();

const ACCOUNT_ID = "a0000000-0000-4000-8000-000000000001";

/** The paths the console asked for, in order. */
function answerEverything(): string[] {
  const asked: string[] = [];
  const note = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    asked.push(`${url.pathname}${url.search}`);
  };
  server.events.on("request:start", note);
  server.use(
    http.get(`${TEST_API}/users/me`, () => HttpResponse.json({ user: { id: "u-1", email: "grace@riverbend.example" } })),
    http.get(`${TEST_API}/itwins/myprimaryaccount`, () => HttpResponse.json({ iTwin: { id: ACCOUNT_ID, displayName: "Riverbend" } })),
    http.get(`${TEST_API}/accesscontrol/itwins/${ACCOUNT_ID}/groups`, () => HttpResponse.json({ groups: [], _links: {} })),
    http.get(`${TEST_API}/itwins/:id`, () => HttpResponse.json({ iTwin: { id: TEST_ITWIN_ID, displayName: "White River Bridge" } })),
    http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () => HttpResponse.json({ permissions: [] })),
  );
  return asked;
}

describe("the first screen's requests", () => {
  it("ask whether the person is an organization administrator at once, without waiting for the iTwin picker", async () => {
    const asked = answerEverything();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const client = createHttpClient({
      baseUrl: TEST_API,
      getAccessToken: async () => "test-token",
      sleep: async () => {},
      rateLimitGate: createRateLimitGate(),
    });

    prefetchFirstScreen({ pathname: `/itwins/${TEST_ITWIN_ID}/packages`, search: "" }, queryClient, client);

    await expect.poll(() => asked.filter((p) => p.startsWith(`/accesscontrol/itwins/${ACCOUNT_ID}/groups`))).toHaveLength(1);
    expect(asked.filter((p) => p === "/itwins/myprimaryaccount")).toHaveLength(1);
    // Each of the page load's requests once.
    expect(new Set(asked).size).toBe(asked.length);
    server.events.removeAllListeners();
  });
});
