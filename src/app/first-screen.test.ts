import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { createHttpClient } from "../api/http-client";
import { createRateLimitGate } from "../api/rate-limit-status";
import { server, installMswServer } from "../test/msw";
import { SQL_PACKAGE } from "../test/packages";
import { TEST_API, TEST_ITWIN_ID } from "../test/render";
import { prefetchFirstScreen, prefetchITwinPage } from "./first-screen";

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
    http.get(`${TEST_API}/edfs/packages`, () =>
      HttpResponse.json({ packages: [SQL_PACKAGE, { ...SQL_PACKAGE, uniqueName: "OTHER", name: "Other" }] }),
    ),
    http.get(`${TEST_API}/edfs/packages/roles`, () => HttpResponse.json({ packageRoles: [] })),
    http.get(`${TEST_API}/edfs/packages/:uniqueName`, () => HttpResponse.json(SQL_PACKAGE)),
    http.get(`${TEST_API}/edfs/itwins/:id/packages/:uniqueName/roles`, () => HttpResponse.json({ assignments: [] })),
    http.post(`${TEST_API}/itwins/recents/:id`, () => new HttpResponse(null, { status: 204 })),
    http.get(`${TEST_API}/itwins/:id`, () => HttpResponse.json({ iTwin: { id: TEST_ITWIN_ID, displayName: "White River Bridge" } })),
    http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () => HttpResponse.json({ permissions: [] })),
  );
  return asked;
}

function services() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createHttpClient({
    baseUrl: TEST_API,
    getAccessToken: async () => "test-token",
    sleep: async () => {},
    rateLimitGate: createRateLimitGate(),
  });
  return { queryClient, client };
}

describe("the first screen's requests", () => {
  it("ask whether the person is an organization administrator at once, without waiting for the iTwin picker", async () => {
    const asked = answerEverything();
    const { queryClient, client } = services();

    prefetchFirstScreen({ pathname: `/itwins/${TEST_ITWIN_ID}/packages`, search: "" }, queryClient, client);

    await expect.poll(() => asked.filter((p) => p.startsWith(`/accesscontrol/itwins/${ACCOUNT_ID}/groups`))).toHaveLength(1);
    expect(asked.filter((p) => p === "/itwins/myprimaryaccount")).toHaveLength(1);
    // Each of the page load's requests once.
    expect(new Set(asked).size).toBe(asked.length);
    server.events.removeAllListeners();
  });

  it("on Packages, ask for the first package's details, roles and assignments as soon as the list is in", async () => {
    const asked = answerEverything();
    const { queryClient, client } = services();

    prefetchFirstScreen({ pathname: `/itwins/${TEST_ITWIN_ID}/packages`, search: "" }, queryClient, client);

    const edfs = () => asked.filter((p) => p.startsWith("/edfs/"));
    await expect.poll(edfs).toHaveLength(4);
    expect(edfs().sort()).toEqual([
      "/edfs/itwins/b0000000-0000-4000-8000-000000000001/packages/SQL_CUSTOMERS_TABLE/roles",
      "/edfs/packages",
      "/edfs/packages/SQL_CUSTOMERS_TABLE",
      "/edfs/packages/roles",
    ]);
    server.events.removeAllListeners();
  });

  it("on the packages overview, ask for the list alone", async () => {
    const asked = answerEverything();
    const { queryClient, client } = services();

    prefetchFirstScreen({ pathname: `/itwins/${TEST_ITWIN_ID}/packages`, search: "?tab=all" }, queryClient, client);

    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(asked.filter((p) => p.startsWith("/edfs/"))).toEqual(["/edfs/packages"]);
    server.events.removeAllListeners();
  });

  it("on Members, ask for the users' first page when the address opens the users tab, and not for another tab", async () => {
    const asked = answerEverything();
    server.use(http.get(`${TEST_API}/accesscontrol/itwins/:id/members/users`, () => HttpResponse.json({ members: [], _links: {} })));
    const { queryClient, client } = services();
    const users = () => asked.filter((p) => p.includes("/members/users"));

    prefetchFirstScreen({ pathname: `/itwins/${TEST_ITWIN_ID}/members`, search: "?tab=owners" }, queryClient, client);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(users()).toEqual([]);
    // An unknown tab opens the first, the users.
    prefetchFirstScreen({ pathname: `/itwins/${TEST_ITWIN_ID}/members`, search: "?tab=nonsense" }, queryClient, client);
    await expect.poll(users).toHaveLength(1);
    server.events.removeAllListeners();
  });

  it("mark the iTwin recent as soon as it is known, once, however often its page is headed for", async () => {
    const asked = answerEverything();
    const { queryClient, client } = services();

    prefetchFirstScreen({ pathname: `/itwins/${TEST_ITWIN_ID}`, search: "" }, queryClient, client);
    await expect.poll(() => asked.filter((p) => p === `/itwins/recents/${TEST_ITWIN_ID}`)).toHaveLength(1);
    // The layout mounting, then a section tab, head for the same iTwin again.
    prefetchITwinPage({ iTwinId: TEST_ITWIN_ID, section: null }, queryClient, client, { code: false });
    prefetchITwinPage({ iTwinId: TEST_ITWIN_ID, section: "packages" }, queryClient, client, { code: false });
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(asked.filter((p) => p.startsWith("/itwins/recents/"))).toEqual([`/itwins/recents/${TEST_ITWIN_ID}`]);
    server.events.removeAllListeners();
  });
});
