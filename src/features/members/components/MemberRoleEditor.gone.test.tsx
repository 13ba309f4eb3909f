// The member role editor when the member (a user or a group) is removed elsewhere before Save: it says
// so, lists the role changes that could not be applied, and adds the member back with the chosen roles
// or lets the changes go.
import { beforeEach, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { changeLog } from "../../../lib/change-log";
import { MembersPage } from "./MembersPage";
import { AC, ANNA, editorHandlers, groupsMembersHandler, permissionsHandler, rolesHandler, usersHandler } from "./members-test-data";

installMswServer();
beforeEach(() => changeLog.clear());

const SITE = {
  id: "g1",
  groupName: "Site Engineers",
  groupDescription: "On site",
  roles: [{ id: "r-reader", displayName: "iTwin Reader" }],
};
const GONE = { error: { code: "TeamMemberNotFound", message: "Requested team member is not available." } };

async function editAndSave(tab: "users" | "groups", name: string) {
  renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members?tab=${tab}` });
  await userEvent.click(await screen.findByRole("button", { name: `Edit roles of ${name}` }, { timeout: 5000 }));
  const dialog = await screen.findByRole("dialog", { name: `Roles of ${name}` });
  await userEvent.click(await within(dialog).findByRole("checkbox", { name: /Write Access/ }));
  await userEvent.click(within(dialog).getByRole("checkbox", { name: /iTwin Reader/ }));
  await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
  return { dialog, notice: await within(dialog).findByTestId("not-found-notice") };
}

describe("Member role editor — the member was removed elsewhere", () => {
  it("says the user is no longer a member, lists the changes not applied, and never offers to try again", async () => {
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([ANNA]),
      http.get(`${AC}/members/users/:memberId`, () => HttpResponse.json(GONE, { status: 404 })),
    );
    const { dialog, notice } = await editAndSave("users", "Anna Editor");
    expect(notice).toHaveTextContent("Anna Editor is no longer a member of this iTwin");
    expect(notice).toHaveTextContent("nothing was saved");
    const list = within(notice).getByRole("list", { name: "These 2 changes could not be applied:" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Add Write Access", "Remove iTwin Reader"]);
    expect(dialog).not.toHaveTextContent(/try again|Retry/);
    expect(within(dialog).getByRole("button", { name: "Save roles" })).toBeDisabled();
  });

  it("adds the user back by e-mail with the roles chosen", async () => {
    let added: unknown;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([ANNA]),
      http.get(`${AC}/members/users/:memberId`, () => HttpResponse.json(GONE, { status: 404 })),
      http.post(`${AC}/members/users`, async ({ request }) => {
        added = await request.json();
        return HttpResponse.json(
          { members: [{ ...ANNA, roles: [{ id: "r-writer", displayName: "Write Access" }] }], invitations: [] },
          { status: 201 },
        );
      }),
    );
    const { notice } = await editAndSave("users", "Anna Editor");
    await userEvent.click(within(notice).getByRole("button", { name: "Add Anna Editor back with these roles" }));
    expect(await screen.findByText("Anna Editor added back with 1 role.")).toBeInTheDocument();
    expect(added).toEqual({ members: [{ email: ANNA.email, roleIds: ["r-writer"] }] });
    expect(screen.queryByRole("dialog", { name: "Roles of Anna Editor" })).toBeNull();
  });

  it("discards the changes and closes", async () => {
    let posts = 0;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([ANNA]),
      http.get(`${AC}/members/users/:memberId`, () => HttpResponse.json(GONE, { status: 404 })),
      http.post(`${AC}/members/users`, () => {
        posts += 1;
        return HttpResponse.json({ members: [], invitations: [] }, { status: 201 });
      }),
    );
    const { notice } = await editAndSave("users", "Anna Editor");
    await userEvent.click(within(notice).getByRole("button", { name: "Discard these changes" }));
    expect(screen.queryByRole("dialog", { name: "Roles of Anna Editor" })).toBeNull();
    expect(posts).toBe(0);
  });

  it("a role refused as not found stays at the role picker and is not taken for a removed member", async () => {
    server.use(
      ...editorHandlers(),
      http.patch(`${AC}/members/users/:memberId`, () =>
        HttpResponse.json(
          { error: { code: "RoleNotFound", message: "Requested Role is not available.", target: "roleIds" } },
          { status: 404 },
        ),
      ),
    );
    renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members` });
    await userEvent.click(await screen.findByRole("button", { name: "Edit roles of Anna Editor" }, { timeout: 5000 }));
    const dialog = await screen.findByRole("dialog", { name: "Roles of Anna Editor" });
    await userEvent.click(await within(dialog).findByRole("checkbox", { name: /Write Access/ }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    expect(await within(dialog).findByTestId("roleIds-helper")).toHaveTextContent("Requested Role is not available.");
    expect(within(dialog).queryByTestId("not-found-notice")).toBeNull();
  });

  it("says a group removed from the iTwin is gone and gives it back its chosen roles", async () => {
    let added: unknown;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      groupsMembersHandler([SITE]),
      http.get(`${AC}/members/groups/:groupId`, () => HttpResponse.json({ member: SITE })),
      http.patch(`${AC}/members/groups/:groupId`, () => HttpResponse.json(GONE, { status: 404 })),
      http.post(`${AC}/members/groups`, async ({ request }) => {
        added = await request.json();
        return HttpResponse.json({ members: [{ ...SITE, roles: [{ id: "r-writer", displayName: "Write Access" }] }] }, { status: 201 });
      }),
    );
    const { notice } = await editAndSave("groups", "Site Engineers");
    expect(notice).toHaveTextContent("Site Engineers is no longer a member of this iTwin");
    expect(notice).toHaveTextContent("Someone removed this group from the iTwin");
    expect(within(notice).getByTestId("unapplied-changes")).toHaveTextContent("Add Write Access");
    await userEvent.click(within(notice).getByRole("button", { name: "Add Site Engineers back with these roles" }));
    expect(await screen.findByText("Site Engineers added back with 1 role.")).toBeInTheDocument();
    expect(added).toEqual({ members: [{ groupId: "g1", roleIds: ["r-writer"] }] });
  });
});
