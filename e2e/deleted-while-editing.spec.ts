// Someone else deletes what the project manager is editing — a role with unsaved matrix edits, a member
// or a group member whose roles are being changed, a group, a role or a whole package whose package-role
// assignments are being changed — between opening the editor and saving: Save says it
// no longer exists, lists the changes that could not be applied, and offers to create it again with them
// or to discard them — never "your changes are kept; you can try again" for something that is gone.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { roleId } from "../emulator/data/seed-builder";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { groupOperations } from "../src/api/operations/accesscontrol-groups";
import { groupEditor, groupsPath, seededGroup } from "./support/itwin-admin";
import { edfsOperations } from "../src/api/operations/edfs";
import { assertPackagesPage, assignmentCheckbox, packagesPath, reviewAndSave } from "./support/packages";
import { demoUser } from "../emulator/demo-users";
import { groupId } from "../emulator/data/seed-builder";
import { assertMembersPage, membersPath, openRoleEditor, openTab, saveRoles, searchMembers, toggleRole } from "./support/members";
import {
  assertMatrixShown,
  filterMatrix,
  openReview,
  reviewItem,
  roleOnServer,
  rolesOnServer,
  rolesPath,
  saveReviewed,
  toggleCell,
} from "./support/roles";

const READ_ACCESS = { id: roleId(1, 3), name: "Read Access" };
const WRITE_ACCESS = { id: roleId(1, 4), name: "Write Access" };

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("a role deleted elsewhere mid-edit is reported as gone with the changes that could not be applied, and can be re-created with them", async ({
  page,
  request,
}) => {
  const writeBefore = await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id);
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "storage");
  await toggleCell(page, WRITE_ACCESS.name, "storage_delete");
  await toggleCell(page, READ_ACCESS.name, "storage_upload");

  // Meanwhile the organization administrator deletes Write Access.
  await emulator(request).actAsOk("admin", roleOperations.deleteRole, { iTwinId: DEFAULT_ITWIN_ID, roleId: WRITE_ACCESS.id });

  const results = await saveReviewed(await openReview(page));
  await expect(results).toContainText("1 saved, 1 deleted on the server.");
  const gone = reviewItem(results, WRITE_ACCESS.name);
  await expect(gone).toContainText("Deleted on the server");
  await expect(gone).toContainText("This role no longer exists");
  await expect(gone).toContainText("storage_delete");
  await expect(gone).not.toContainText("you can try again");
  await expect(reviewItem(results, READ_ACCESS.name)).toContainText("Saved");

  // Re-create it with the changes: a new role of the same name holds what the manager wanted.
  await gone.getByRole("button", { name: "Re-create the role with these changes" }).click();
  await expect(gone).toContainText(`Re-created ${WRITE_ACCESS.name}`);
  const recreated = (await rolesOnServer(request, DEFAULT_ITWIN_ID)).find((r) => r.displayName === WRITE_ACCESS.name);
  expect(recreated).toBeDefined();
  expect(recreated!.id).not.toBe(WRITE_ACCESS.id);
  expect([...(recreated!.permissions ?? [])].sort()).toEqual([...(writeBefore.permissions ?? []), "storage_delete"].sort());
  expect((await roleOnServer(request, DEFAULT_ITWIN_ID, READ_ACCESS.id)).permissions).toContain("storage_upload");
});

const RITA = demoUser("reader");
const SURVEY_CREW = { id: groupId(1, 3), name: "Survey Crew" };

test("a member removed elsewhere mid-edit is reported as gone with the role changes not applied, and can be added back with them", async ({
  page,
  request,
}) => {
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, "Rita Reader");
  await toggleRole(editor, "Write Access");
  await toggleRole(editor, "iTwin Reader");

  // Meanwhile, in another tab, Rita is removed from the iTwin.
  await emulator(request).actAsOk("manager", memberOperations.removeUserMember, { iTwinId: DEFAULT_ITWIN_ID, memberId: RITA.id });

  await saveRoles(editor);
  const gone = editor.getByTestId("not-found-notice");
  await expect(gone).toContainText("Rita Reader is no longer a member of this iTwin");
  await expect(gone.getByTestId("unapplied-changes")).toContainText("Add Write Access");
  await expect(gone.getByTestId("unapplied-changes")).toContainText("Remove iTwin Reader");
  await expect(editor).not.toContainText("try again");

  await gone.getByRole("button", { name: "Add Rita Reader back with these roles" }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText("Rita Reader added back with 1 role.")).toBeVisible();
  const { member } = await emulator(request).actAsOk("manager", memberOperations.getUserMember, {
    iTwinId: DEFAULT_ITWIN_ID,
    memberId: RITA.id,
  });
  expect(member.roles.map((r) => r.displayName)).toEqual(["Write Access"]);
});

test("a group removed from the iTwin mid-edit is reported as gone; discarding leaves it removed", async ({ page, request }) => {
  await signInAs(page, "manager", membersPath(DEFAULT_ITWIN_ID, "groups"));
  await openTab(page, "Groups");
  const editor = await openRoleEditor(page, SURVEY_CREW.name);
  await toggleRole(editor, "Write Access");

  await emulator(request).actAsOk("manager", memberOperations.removeGroupMember, { iTwinId: DEFAULT_ITWIN_ID, groupId: SURVEY_CREW.id });

  await saveRoles(editor);
  const gone = editor.getByTestId("not-found-notice");
  await expect(gone).toContainText("Survey Crew is no longer a member of this iTwin");
  await expect(gone.getByTestId("unapplied-changes")).toContainText("Add Write Access");
  await expect(gone.getByRole("button", { name: "Add Survey Crew back with these roles" })).toBeVisible();
  await gone.getByRole("button", { name: "Discard these changes" }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole("button", { name: `Edit roles of ${SURVEY_CREW.name}` })).toHaveCount(0);
  const answer = await emulator(request).actAs("manager", memberOperations.getGroupMember, {
    iTwinId: DEFAULT_ITWIN_ID,
    groupId: SURVEY_CREW.id,
  });
  expect(answer.status).toBe(404);
});

test("a group deleted elsewhere mid-edit is reported as gone with the edits not applied, and can be created again with them", async ({
  page,
  request,
}) => {
  const crew = seededGroup(SURVEY_CREW.name);
  await signInAs(page, "manager", groupsPath());
  await page.getByRole("button", { name: `Edit group ${SURVEY_CREW.name}` }).click();
  const editor = groupEditor(page, SURVEY_CREW.name);
  await editor.getByLabel("Description").fill("Survey, reality capture and drones");

  await emulator(request).actAsOk("manager", groupOperations.deleteGroup, { iTwinId: DEFAULT_ITWIN_ID, groupId: SURVEY_CREW.id });

  await editor.getByRole("button", { name: "Save group" }).click();
  const gone = editor.getByTestId("not-found-notice");
  await expect(gone).toContainText(`The group ${SURVEY_CREW.name} no longer exists`);
  await expect(gone.getByTestId("unapplied-changes")).toContainText("Set the description to Survey, reality capture and drones");
  await expect(editor).not.toContainText("try again");

  await gone.getByRole("button", { name: "Create the group again with these changes" }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText(`Group ${SURVEY_CREW.name} was created again with your changes`)).toBeVisible();
  const { groups } = await emulator(request).actAsOk("admin", groupOperations.listGroups, { iTwinId: DEFAULT_ITWIN_ID });
  const again = groups.find((g) => g.name === SURVEY_CREW.name);
  expect(again?.id).not.toBe(SURVEY_CREW.id);
  expect(again?.description).toBe("Survey, reality capture and drones");
  expect(again?.members.map((m) => m.email).sort()).toEqual(crew.people.map((p) => p.email).sort());
});

const EXECUTE = "Execute Integration Package";
const SQL = "SQL_CUSTOMERS_TABLE";
const READER_ROLE = { id: roleId(1, 1), name: "iTwin Reader" };

test("an iTwin role deleted elsewhere while its package roles are edited is reported with them, the rest is saved, and it can be re-created with them", async ({
  page,
  request,
}) => {
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, SQL));
  await assertPackagesPage(page);
  await assignmentCheckbox(page, EXECUTE, READER_ROLE.name).check();
  await assignmentCheckbox(page, EXECUTE, WRITE_ACCESS.name).check();

  await emulator(request).actAsOk("admin", roleOperations.deleteRole, { iTwinId: DEFAULT_ITWIN_ID, roleId: WRITE_ACCESS.id });

  await reviewAndSave(page);
  const gone = page.getByTestId("not-found-notice");
  await expect(gone).toContainText(`The iTwin role ${WRITE_ACCESS.name} no longer exists`);
  await expect(gone.getByTestId("unapplied-changes")).toContainText(`Add package role ${EXECUTE}`);
  await expect(gone).not.toContainText("try again");
  await expect(assignmentCheckbox(page, EXECUTE, READER_ROLE.name)).toBeChecked();

  await gone.getByRole("button", { name: "Re-create the role with these package roles" }).click();
  await expect(page.getByText(`Re-created ${WRITE_ACCESS.name} (it has a new id) and gave it 1 package role.`)).toBeVisible();
  await expect(assignmentCheckbox(page, EXECUTE, WRITE_ACCESS.name)).toBeChecked();
  const { assignments } = await emulator(request).actAsOk("admin", edfsOperations.listPackageRoleAssignments, {
    iTwinId: DEFAULT_ITWIN_ID,
    uniqueName: SQL,
  });
  const holders = assignments.map((a) => a.iTwinRoleName).sort();
  expect(holders).toEqual(["EDFS_integration", READER_ROLE.name, WRITE_ACCESS.name].sort());
  expect(assignments.find((a) => a.iTwinRoleName === WRITE_ACCESS.name)?.iTwinRoleId).not.toBe(WRITE_ACCESS.id);
});

test("a package unsubscribed while its assignments are edited is reported with every change not applied", async ({ page, request }) => {
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, SQL));
  await assertPackagesPage(page);
  await assignmentCheckbox(page, EXECUTE, READER_ROLE.name).check();

  await emulator(request).unsubscribePackage(SQL);

  await reviewAndSave(page);
  const gone = page.getByTestId("not-found-notice").filter({ hasText: "is no longer subscribed" });
  await expect(gone).toContainText(`The package ${SQL} is no longer subscribed`);
  await expect(gone.getByTestId("unapplied-changes")).toContainText(`Add package role ${EXECUTE} for ${READER_ROLE.name}`);
  await expect(gone).not.toContainText("try again");
  await gone.getByRole("button", { name: "Discard these changes" }).click();
  await expect(page.getByRole("button", { name: /Sql Customers/ })).toHaveCount(0);
});
