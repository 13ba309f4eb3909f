import { describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { MembersPage } from "./MembersPage";
import { AC, groupsMembersHandler, invitation, permissionsHandler, rolesHandler, SEED_422 } from "./members-test-data";

installMswServer();

const openTab = (tab: string) => renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members?tab=${tab}` });
const SITE = {
  id: "g1",
  groupName: "Site Engineers",
  groupDescription: "On site",
  roles: [{ id: "r-writer", displayName: "Write Access" }],
};
const serverError = () => HttpResponse.json({ error: { code: "InternalServerError", message: "Boom." } }, { status: 500 });

describe("Groups tab", () => {
  it("shows loading, then group members with their roles", async () => {
    server.use(permissionsHandler(), groupsMembersHandler([SITE]));
    openTab("groups");
    expect(screen.getByText("Loading group members…")).toBeInTheDocument();
    expect(await screen.findByText("Site Engineers")).toBeInTheDocument();
    expect(screen.getByText("Write Access")).toBeInTheDocument();
    expect(screen.getByTestId("groups-total")).toHaveTextContent("1 group member");
  });

  it("says when no group holds roles and offers to add one", async () => {
    server.use(permissionsHandler(), groupsMembersHandler([]));
    openTab("groups");
    expect(await screen.findByText(/No group holds roles on this iTwin yet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add groups" })).toBeEnabled();
  });

  it("shows the error when group members cannot be loaded", async () => {
    server.use(permissionsHandler(), http.get(`${AC}/members/groups`, serverError));
    openTab("groups");
    expect(await screen.findByText("Loading group members failed")).toBeInTheDocument();
  });

  it("edits a group's roles and shows a 422 at the picker, keeping the selection", async () => {
    server.use(
      permissionsHandler(),
      rolesHandler(),
      groupsMembersHandler([SITE]),
      http.get(`${AC}/members/groups/:groupId`, () => HttpResponse.json({ member: SITE })),
      http.patch(`${AC}/members/groups/:groupId`, () => HttpResponse.json(SEED_422, { status: 422 })),
    );
    openTab("groups");
    await userEvent.click(await screen.findByRole("button", { name: "Edit roles of Site Engineers" }));
    const dialog = await screen.findByRole("dialog", { name: "Roles of Site Engineers" });
    await userEvent.click(await within(dialog).findByRole("checkbox", { name: /Project Manager/ }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    await waitFor(() => expect(within(dialog).getByTestId("roleIds-helper")).toHaveTextContent("Collection size exceeds maximum size."));
    expect(within(dialog).getByRole("checkbox", { name: /Project Manager/ })).toHaveAttribute("aria-checked", "true");
  });

  it("adds a group chosen from the iTwin's groups with roles", async () => {
    let body: unknown;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      groupsMembersHandler([SITE]),
      http.get(`${AC}/groups`, () =>
        HttpResponse.json({
          groups: [
            { id: "g1", name: "Site Engineers", description: "", members: [], imsGroups: [] },
            { id: "g2", name: "Design Team", description: "Design office", members: [], imsGroups: [] },
          ],
        }),
      ),
      http.post(`${AC}/members/groups`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ members: [{ id: "g2", groupName: "Design Team", groupDescription: "", roles: [] }] }, { status: 201 });
      }),
    );
    openTab("groups");
    await userEvent.click(await screen.findByRole("button", { name: "Add groups" }));
    const dialog = await screen.findByRole("dialog", { name: "Add groups" });
    await userEvent.click(await within(dialog).findByLabelText("Groups"));
    // Site Engineers already holds roles: it is not offered again.
    expect(screen.queryByRole("option", { name: /Site Engineers/ })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole("option", { name: /Design Team/ }));
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /iTwin Reader/ }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Design Team added.")).toBeInTheDocument();
    expect(body).toEqual({ members: [{ groupId: "g2", roleIds: ["r-reader"] }] });
  });

  it("says the groups list is for organization administrators only and still adds a group by its id", async () => {
    const GROUP_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    let body: unknown;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      groupsMembersHandler([SITE]),
      http.get(`${AC}/groups`, () =>
        HttpResponse.json(
          { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
          { status: 403 },
        ),
      ),
      http.post(`${AC}/members/groups`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ members: [{ id: GROUP_ID, groupName: "Surveyors", groupDescription: "", roles: [] }] }, { status: 201 });
      }),
    );
    openTab("groups");
    // The groups that already hold roles are still listed and editable.
    expect(await screen.findByText(SITE.groupName)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole("button", { name: "Add groups" }));
    const dialog = await screen.findByRole("dialog", { name: "Add groups" });
    expect(await within(dialog).findByTestId("groups-list-forbidden")).toHaveTextContent(
      "Only organization administrators can list this iTwin's groups",
    );
    await userEvent.type(within(dialog).getByLabelText("Group id"), "not-an-id");
    expect(within(dialog).getByText(/A group id looks like/)).toBeInTheDocument();
    await userEvent.clear(within(dialog).getByLabelText("Group id"));
    await userEvent.type(within(dialog).getByLabelText("Group id"), GROUP_ID);
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /iTwin Reader/ }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Surveyors added.")).toBeInTheDocument();
    expect(body).toEqual({ members: [{ groupId: GROUP_ID, roleIds: ["r-reader"] }] });
  });
});

describe("Owners tab", () => {
  it("lists owners and flags missing users", async () => {
    server.use(
      permissionsHandler(),
      http.get(`${AC}/members/owners`, () =>
        HttpResponse.json({
          members: [
            { id: "o1", email: "grace@riverbend.example", givenName: "Grace", surname: "Hopkins", organization: "Riverbend" },
            { id: "o2", email: null, givenName: null, surname: null, organization: null },
          ],
          _links: {},
        }),
      ),
    );
    openTab("owners");
    expect(screen.getByText("Loading owners…")).toBeInTheDocument();
    expect(await screen.findByText("Grace Hopkins")).toBeInTheDocument();
    expect(screen.getByTestId("missing-user")).toBeInTheDocument();
  });

  it("says when there are no owners, and shows errors", async () => {
    server.use(
      permissionsHandler(),
      http.get(`${AC}/members/owners`, () => HttpResponse.json({ members: [], _links: {} })),
    );
    openTab("owners");
    expect(await screen.findByText("This iTwin lists no owners.")).toBeInTheDocument();
    cleanup();
    server.use(http.get(`${AC}/members/owners`, serverError));
    openTab("owners");
    expect(await screen.findByText("Loading owners failed")).toBeInTheDocument();
  });
});

describe("Invitations tab", () => {
  it("lists pending invitations with their expiry, flags expired ones apart from them, and cancels one after confirmation", async () => {
    let cancelled = "";
    server.use(
      permissionsHandler(),
      http.get(`${AC}/members/invitations`, () =>
        HttpResponse.json({
          invitations: [invitation(1), invitation(2, { expirationDate: new Date(Date.now() - 1000).toISOString() })],
          _links: {},
        }),
      ),
      http.delete(`${AC}/members/invitations/:invitationId`, ({ params }) => {
        cancelled = String(params.invitationId);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    openTab("invitations");
    expect(screen.getByText("Loading invitations…")).toBeInTheDocument();
    const row = await screen.findByTestId("invitation-row");
    expect(row).toHaveTextContent("guest1@partner.example");
    expect(row).toHaveTextContent("in 3 days");
    // The expired one is not among the pending (cancellable) rows: it is listed apart, flagged.
    expect(screen.getAllByTestId("invitation-row")).toHaveLength(1);
    const expired = screen.getByTestId("expired-invitation-row");
    expect(expired).toHaveTextContent("guest2@partner.example");
    expect(expired).toHaveTextContent("Expired");
    await userEvent.click(within(row).getByRole("button", { name: "Cancel the invitation of guest1@partner.example" }));
    const dialog = await screen.findByRole("dialog", { name: "Cancel invitation?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel invitation" }));
    await waitFor(() => expect(cancelled).toBe("inv-1"));
  });

  it("says when nothing is pending, and shows errors", async () => {
    server.use(
      permissionsHandler(),
      http.get(`${AC}/members/invitations`, () => HttpResponse.json({ invitations: [], _links: {} })),
    );
    openTab("invitations");
    expect(await screen.findByText(/No pending invitations/)).toBeInTheDocument();
    cleanup();
    server.use(http.get(`${AC}/members/invitations`, serverError));
    openTab("invitations");
    expect(await screen.findByText("Loading invitations failed")).toBeInTheDocument();
  });
});
