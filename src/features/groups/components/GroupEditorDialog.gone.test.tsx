// The group editor when the group is deleted elsewhere before Save: it says so, lists the edits that
// could not be applied, and creates the group again with them — or lets them go.
import { beforeEach, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import type { Group } from "../../../api/wire";
import { changeLog } from "../../../lib/change-log";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { GroupsPage } from "./GroupsPage";
import { unappliedGroupChanges } from "./GroupGoneNotice";

installMswServer();
beforeEach(() => changeLog.clear());

const AC = `${TEST_API}/accesscontrol/itwins/:id`;
const person = (n: number) => ({
  userId: `u${n}`,
  email: `person${n}@example.com`,
  givenName: "Person",
  surname: String(n),
  organization: "Org",
});
const SITE: Group = { id: "g1", name: "Site Engineers", description: "On site", members: [person(1), person(2)], imsGroups: ["Site IMS"] };
const GONE = { error: { code: "GroupNotFound", message: "Requested group is not available." } };

function handlers() {
  return [
    http.get(`${AC}/permissions`, () =>
      HttpResponse.json({ permissions: ["administration_manage_groups", "administration_invite_member"] }),
    ),
    http.get(`${AC}/groups`, () => HttpResponse.json({ groups: [SITE], _links: {} })),
    http.get(`${AC}/members/groups`, () => HttpResponse.json({ members: [], _links: {} })),
    http.get(`${AC}/groups/:groupId/invitations`, () => HttpResponse.json({ invitations: [], _links: {} })),
    http.patch(`${AC}/groups/g1`, () => HttpResponse.json(GONE, { status: 404 })),
  ];
}

/** Renames the group and swaps a member, then saves: the group is gone by then. */
async function editAndSave() {
  renderWithProviders(<GroupsPage />, { path: `/itwins/${TEST_ITWIN_ID}/groups` });
  await userEvent.click(await screen.findByRole("button", { name: "Edit group Site Engineers" }));
  const dialog = await screen.findByRole("dialog", { name: "Edit group Site Engineers" });
  const name = within(dialog).getByLabelText(/^Name/);
  await userEvent.clear(name);
  await userEvent.type(name, "Site Crew");
  const members = within(dialog).getByLabelText(/^Members/);
  await userEvent.clear(members);
  await userEvent.type(members, "person1@example.com\nperson3@example.com");
  await userEvent.click(within(dialog).getByRole("button", { name: "Save group" }));
  return { dialog, notice: await within(dialog).findByTestId("not-found-notice") };
}

describe("Group editor — the group was deleted elsewhere", () => {
  it("says the group no longer exists and lists every edit that could not be applied", async () => {
    server.use(...handlers());
    const { dialog, notice } = await editAndSave();
    expect(notice).toHaveTextContent("The group Site Engineers no longer exists");
    expect(notice).toHaveTextContent("nothing was saved");
    expect(
      within(within(notice).getByTestId("unapplied-changes"))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Set the name to Site Crew", "Add member person3@example.com", "Remove member person2@example.com"]);
    expect(dialog).not.toHaveTextContent(/try again|Retry/);
    expect(within(dialog).getByRole("button", { name: "Save group" })).toBeDisabled();
  });

  it("creates the group again with the name, description, members and IMS groups the editor shows", async () => {
    const sent: unknown[] = [];
    const CREATED: Group = { id: "g9", name: "Site Crew", description: "On site", members: [], imsGroups: [] };
    server.use(
      ...handlers(),
      http.post(`${AC}/groups`, async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ group: CREATED }, { status: 201 });
      }),
      http.patch(`${AC}/groups/g9`, async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ group: { ...CREATED, members: [person(1), person(3)], imsGroups: ["Site IMS"] } });
      }),
    );
    const { notice } = await editAndSave();
    await userEvent.click(within(notice).getByRole("button", { name: "Create the group again with these changes" }));
    expect(await screen.findByText(/Group Site Crew was created again with your changes/)).toBeInTheDocument();
    expect(sent).toEqual([
      { name: "Site Crew", description: "On site" },
      { members: ["person1@example.com", "person3@example.com"], imsGroups: ["Site IMS"] },
    ]);
    expect(screen.queryByRole("dialog", { name: /Edit group/ })).toBeNull();
  });

  it("discards the edits and closes without sending anything more", async () => {
    let posts = 0;
    server.use(
      ...handlers(),
      http.post(`${AC}/groups`, () => {
        posts += 1;
        return HttpResponse.json({ group: SITE }, { status: 201 });
      }),
    );
    const { notice } = await editAndSave();
    await userEvent.click(within(notice).getByRole("button", { name: "Discard these changes" }));
    expect(screen.queryByRole("dialog", { name: /Edit group/ })).toBeNull();
    expect(posts).toBe(0);
  });

  it("names a cleared description and IMS groups taken away", () => {
    expect(unappliedGroupChanges(SITE, { description: "", imsGroups: [] })).toEqual([
      { kind: "set", name: "the description", value: "nothing" },
      { kind: "remove", what: "IMS group", name: "Site IMS" },
    ]);
  });
});
