import { describe, expect, it } from "vitest";
import { useEffect } from "react";
import { screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { server, installMswServer } from "../../../test/msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { ITwinGate } from "./ITwinGate";
import { HomePage } from "./HomePage";

installMswServer();

const iTwin = { id: TEST_ITWIN_ID, displayName: "White River Bridge", class: "Endeavor", subClass: "Project", number: "WRB-001" };
const ACCOUNT_ID = "a0000000-0000-4000-8000-000000000001";
const notFound = () =>
  HttpResponse.json({ error: { code: "iTwinNotFound", message: "Requested iTwin is not available." } }, { status: 404 });

/** The organization-administrator probe: the caller's primary account, then its groups (200 only for org admins). */
function orgAdmin(isAdmin: boolean) {
  return [
    http.get(`${TEST_API}/itwins/myprimaryaccount`, () =>
      HttpResponse.json({ iTwin: { id: ACCOUNT_ID, class: "Account", subClass: "Account", displayName: "Riverbend" } }),
    ),
    http.get(`${TEST_API}/accesscontrol/itwins/${ACCOUNT_ID}/groups`, () =>
      isAdmin
        ? HttpResponse.json({ groups: [], _links: {} })
        : HttpResponse.json(
            { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
            { status: 403 },
          ),
    ),
  ];
}

describe("the iTwin gate", () => {
  it("shows the page once the iTwin is loaded and records it as recent", async () => {
    let markedRecent = "";
    server.use(
      ...orgAdmin(false),
      http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () =>
        HttpResponse.json({ permissions: ["administration_manage_roles"] }),
      ),
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

  it("says plainly that the user has no access when the iTwin answers 404 and Access Control grants nothing", async () => {
    server.use(
      ...orgAdmin(false),
      http.get(`${TEST_API}/itwins/:id`, notFound),
      http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () => HttpResponse.json({ permissions: [] })),
    );
    renderWithProviders(<ITwinGate iTwinId={TEST_ITWIN_ID}>the roles page</ITwinGate>);
    expect(await screen.findByRole("heading", { name: "No access to this iTwin" })).toBeInTheDocument();
    expect(screen.queryByText("the roles page")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Choose another iTwin" })).toHaveAttribute("href", "/");
  });

  it("says no access when Access Control does not know the iTwin either", async () => {
    server.use(
      ...orgAdmin(false),
      http.get(`${TEST_API}/itwins/:id`, notFound),
      http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () =>
        HttpResponse.json({ error: { code: "ItwinNotFound", message: "Requested iTwin is not available." } }, { status: 404 }),
      ),
    );
    renderWithProviders(<ITwinGate iTwinId={TEST_ITWIN_ID}>the roles page</ITwinGate>);
    expect(await screen.findByRole("heading", { name: "No access to this iTwin" })).toBeInTheDocument();
  });

  it("lets an organization administrator who is no member administer the iTwin, saying its name could not be loaded", async () => {
    const scopes: (string | null)[] = [];
    let markedRecent = false;
    server.use(
      ...orgAdmin(true),
      http.get(`${TEST_API}/itwins/:id`, ({ request }) => {
        scopes.push(request.headers.get("x-itwin-query-scope"));
        return notFound();
      }),
      http.post(`${TEST_API}/itwins/recents/:id`, () => {
        markedRecent = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () =>
        HttpResponse.json({ permissions: ["administration_manage_roles", "administration_invite_member"] }),
      ),
    );
    renderWithProviders(<ITwinGate iTwinId={TEST_ITWIN_ID}>the roles page</ITwinGate>);
    expect(await screen.findByText("the roles page")).toBeInTheDocument();
    expect(screen.getByTestId("itwin-details-unavailable")).toHaveTextContent(/name and details could not be loaded/);
    expect(screen.queryByRole("heading", { name: "No access to this iTwin" })).not.toBeInTheDocument();
    // Asked once, in the organization's scope straight away: no second request once the caller is known to be an administrator.
    expect(scopes).toEqual(["OrganizationAdmin"]);
    expect(markedRecent).toBe(false);
  });

  it("asks again in the default scope when the server refuses the organization's scope to someone who is no administrator", async () => {
    const scopes: (string | null)[] = [];
    server.use(
      ...orgAdmin(false),
      http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () =>
        HttpResponse.json({ permissions: ["administration_manage_roles"] }),
      ),
      http.get(`${TEST_API}/itwins/:id`, ({ request }) => {
        const scope = request.headers.get("x-itwin-query-scope");
        scopes.push(scope);
        return scope
          ? HttpResponse.json(
              { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
              { status: 403 },
            )
          : HttpResponse.json({ iTwin });
      }),
      http.post(`${TEST_API}/itwins/recents/:id`, () => new HttpResponse(null, { status: 204 })),
    );
    renderWithProviders(<ITwinGate iTwinId={TEST_ITWIN_ID}>the roles page</ITwinGate>);
    expect(await screen.findByText("the roles page")).toBeInTheDocument();
    expect(screen.queryByTestId("itwin-details-unavailable")).not.toBeInTheDocument();
    expect(scopes).toEqual(["OrganizationAdmin", null]);
  });

  it("keeps the page mounted when the iTwin's details arrive after the page was shown without them", async () => {
    let answer = notFound;
    let mounts = 0;
    function Page() {
      useEffect(() => {
        mounts += 1;
      }, []);
      return <>the roles page</>;
    }
    server.use(
      ...orgAdmin(true),
      http.get(`${TEST_API}/itwins/:id`, () => answer()),
      http.post(`${TEST_API}/itwins/recents/:id`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () =>
        HttpResponse.json({ permissions: ["administration_manage_roles"] }),
      ),
    );
    const { queryClient } = renderWithProviders(
      <ITwinGate iTwinId={TEST_ITWIN_ID}>
        <Page />
      </ITwinGate>,
    );
    expect(await screen.findByTestId("itwin-details-unavailable")).toBeInTheDocument();
    answer = () => HttpResponse.json({ iTwin });
    await queryClient.refetchQueries();
    await waitFor(() => expect(screen.queryByTestId("itwin-details-unavailable")).not.toBeInTheDocument());
    expect(screen.getByText("the roles page")).toBeInTheDocument();
    expect(mounts).toBe(1);
  });

  it("shows a server failure with its correlation id and a retry, not the no-access page", async () => {
    server.use(
      ...orgAdmin(false),
      http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () => HttpResponse.json({ permissions: [] })),
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
      ...orgAdmin(false),
      http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [] })),
      http.get(`${TEST_API}/itwins`, () => HttpResponse.json({ iTwins: [] })),
    );
    renderWithProviders(<HomePage />, { path: "/", route: "/" });
    expect(await screen.findByRole("heading", { name: "You are not a member of any iTwin yet" })).toBeInTheDocument();
    expect(screen.getByText(/Ask an iTwin owner or your organization administrator/)).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "All iTwins of my organization" })).not.toBeInTheDocument();
  });

  it("offers an organization administrator who is a member of none every iTwin of the organization", async () => {
    const other = { ...iTwin, id: "b0000000-0000-4000-8000-000000000002", displayName: "Harbour Tunnel", number: "HT-7" };
    server.use(
      ...orgAdmin(true),
      http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [] })),
      http.get(`${TEST_API}/itwins`, ({ request }) =>
        HttpResponse.json({ iTwins: request.headers.get("x-itwin-query-scope") === "OrganizationAdmin" ? [iTwin, other] : [] }),
      ),
    );
    renderWithProviders(<HomePage />, { path: "/", route: "/" });
    expect(await screen.findByRole("heading", { name: "You are not a member of any iTwin yet" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "All iTwins of my organization" })).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: /Harbour Tunnel/ })).toHaveAttribute("href", `/itwins/${other.id}`);
    expect(screen.getByRole("link", { name: /White River Bridge/ })).toBeInTheDocument();
  });

  it("explains when the organization-wide list is refused", async () => {
    server.use(
      http.get(`${TEST_API}/itwins/myprimaryaccount`, () =>
        HttpResponse.json({ error: { code: "iTwinNotFound", message: "x" } }, { status: 404 }),
      ),
      http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [] })),
      http.get(`${TEST_API}/itwins`, ({ request }) =>
        request.headers.get("x-itwin-query-scope")
          ? HttpResponse.json(
              { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
              { status: 403 },
            )
          : HttpResponse.json({ iTwins: [] }),
      ),
    );
    renderWithProviders(<HomePage />, { path: "/", route: "/" });
    expect(await screen.findByText(/only organization administrators may, and you are not one/)).toBeInTheDocument();
  });

  it("opens the most recent iTwin, where its first usable section is chosen", async () => {
    server.use(
      ...orgAdmin(false),
      http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [iTwin] })),
      http.get(`${TEST_API}/itwins`, () => HttpResponse.json({ iTwins: [iTwin] })),
    );
    const { router } = renderWithProviders(<HomePage />, { path: "/", route: "/" });
    await expect.poll(() => router.state.location.pathname).toBe(`/itwins/${TEST_ITWIN_ID}`);
  });
});
