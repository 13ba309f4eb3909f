// Access Control groups: an administrator creates a group, is stopped before sending a 51st member,
// adds three members and an IMS group; once the group holds a role on the iTwin, a member's effective
// access shows the role's permissions as coming through the group. The project manager holds
// administration_manage_groups; only organization administrators list every group.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { groupOperations } from "../src/api/operations/accesscontrol-groups";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { accessPath, permissionRow, pickMember } from "./support/access";
import { createGroup, groupRow, groupsPath, imsGroupsBox, membersBox, seededEmails } from "./support/itwin-admin";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the project manager creates a group with three members and an IMS group; a member then holds its role's permissions via the group", async ({
  page,
  request,
}) => {
  const [first, second, third] = seededEmails(3, 40);
  await signInAs(page, "manager", groupsPath());
  await expect(page.getByRole("heading", { name: "Groups", level: 1 })).toBeVisible();

  const editor = await createGroup(page, "Night Shift", "Works after hours");
  // 51 members are refused before anything is sent.
  await membersBox(editor).fill(seededEmails(51).join("\n"));
  await expect(editor.getByTestId("members-helper")).toContainText("51 members: a group holds at most 50");
  await expect(editor.getByRole("button", { name: "Save group" })).toBeDisabled();

  await membersBox(editor).fill([first, second, third].join("\n"));
  await expect(editor.getByTestId("members-helper")).toContainText("3 of at most 50");
  await imsGroupsBox(editor).fill("Riverbend Night Crew");
  await editor.getByRole("button", { name: "Save group" }).click();
  await expect(editor).toBeHidden();
  await expect(groupRow(page, "Night Shift")).toContainText("3");

  // The group gets a role on the iTwin (as the Members page's "Add groups" does).
  const controls = emulator(request);
  const groups = await controls.actAsOk("admin", groupOperations.listGroups, { iTwinId: DEFAULT_ITWIN_ID });
  const night = groups.groups.find((g) => g.name === "Night Shift")!;
  expect(night.imsGroups).toEqual(["Riverbend Night Crew"]);
  const { roles } = await controls.actAsOk("admin", roleOperations.listRoles, { iTwinId: DEFAULT_ITWIN_ID });
  const surveyor = roles.find((r) => r.displayName === "Surveyor")!;
  await controls.actAsOk(
    "admin",
    memberOperations.addGroupMembers,
    { iTwinId: DEFAULT_ITWIN_ID },
    { body: { members: [{ groupId: night.id, roleIds: [surveyor.id] }] } },
  );

  await page.goto(accessPath());
  await pickMember(page, first!);
  const row = permissionRow(page, "reality_manage");
  await expect(row).toContainText("Via group");
  await expect(row).toContainText("Night Shift");
});
