// Every change since sign-in is in the change log — here a created role and a removed member — and
// undoing the removal adds the member back with the roles they had, which a reload confirms. The log
// outlives a reload of the signed-in session (and its undo still works), and ends with sign-out.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { searchMembers, userRow } from "./support/members";
import {
  assertMatrixShown,
  closeDialog,
  filterMatrix,
  fillRoleForm,
  openCreateRole,
  openReview,
  roleOnServer,
  rolesPath,
  saveReviewed,
  submitRoleForm,
  toggleCell,
} from "./support/roles";
import { roleId } from "../emulator/data/seed-builder";
import { signOut } from "./support/auth";
import { closeChanges, openChanges, openSection, undoChange } from "./support/resilience";
import { changeEntry, memberRoleNames, memberRoles, roleIdByName, setMemberRoles } from "./support/change-log";

const RITA = demoUser("reader");
const RITA_NAME = "Rita Reader";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("a created role and a removed member are logged; undoing the removal gives the member back with their roles", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));

  // 1. Create a role in the console.
  const form = await openCreateRole(page);
  await fillRoleForm(form, { name: "Drone Pilot", description: "Field survey work" });
  await submitRoleForm(form);
  await expect(form).toBeHidden();

  // Rita holds the new role as well as her own (set up on the server, not through the UI).
  const pilotId = await roleIdByName(request, DEFAULT_ITWIN_ID, "Drone Pilot");
  const ritaRoles = await memberRoles(request, DEFAULT_ITWIN_ID, RITA.id);
  expect(ritaRoles).not.toBeNull();
  await setMemberRoles(request, DEFAULT_ITWIN_ID, RITA.id, [...ritaRoles!.map((r) => r.id), pilotId]);
  const expectedRoles = [...ritaRoles!.map((r) => r.displayName), "Drone Pilot"].sort();

  // 2. Remove Rita (moving inside the app: the change log lives in memory).
  await openSection(page, "Members");
  await searchMembers(page, "rita");
  await expect(userRow(page, RITA.email)).toContainText("Drone Pilot");
  await page.getByRole("button", { name: `Remove ${RITA_NAME}` }).click();
  const confirm = page.getByRole("dialog", { name: "Remove member?" });
  await confirm.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(userRow(page, RITA.email)).toHaveCount(0);
  expect(await memberRoleNames(request, DEFAULT_ITWIN_ID, RITA.id)).toBeNull();

  // 3. Both changes are in the log, as saved, with what and on what.
  const panel = await openChanges(page);
  await expect(changeEntry(panel, "Created role “Drone Pilot”")).toHaveAttribute("data-status", "saved");
  await expect(changeEntry(panel, "Created role “Drone Pilot”")).toContainText("Role Drone Pilot");
  const removal = changeEntry(panel, `Removed ${RITA_NAME} from the iTwin`);
  await expect(removal).toHaveAttribute("data-status", "saved");
  await expect(removal).toContainText(`User member ${RITA_NAME}`);

  // 4. Undo the removal: a new entry with its own result; the original shows it was undone.
  await undoChange(page, panel, `User member ${RITA_NAME}`);
  const undo = changeEntry(panel, `Undo: add ${RITA_NAME} (${RITA.email}) back`);
  await expect(undo).toHaveAttribute("data-status", "saved");
  await expect(removal).toContainText("Saved, then undone");

  // 5. After a reload Rita is a member again with every role she had.
  await page.reload();
  await expect(page.getByTestId("users-total")).toContainText("member");
  await searchMembers(page, "rita");
  const row = userRow(page, RITA.email);
  for (const role of expectedRoles) await expect(row).toContainText(role);
  expect(await memberRoleNames(request, DEFAULT_ITWIN_ID, RITA.id)).toEqual(expectedRoles);
});

test("a saved role change is still in Changes after a reload, and its undo restores the role on the server", async ({ page, request }) => {
  const WRITE_ACCESS = { id: roleId(1, 4), name: "Write Access" };
  const before = (await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id)).permissions ?? [];
  expect(before).not.toContain("storage_delete");
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);

  // Grant storage_delete to Write Access and save.
  await filterMatrix(page, "storage");
  await toggleCell(page, WRITE_ACCESS.name, "storage_delete");
  await expect(await saveReviewed(await openReview(page))).toContainText("1 saved.");
  await closeDialog(page);
  expect((await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id)).permissions).toContain("storage_delete");

  // Reload the page: the change is still listed, as saved, with its undo.
  await page.reload();
  await assertMatrixShown(page);
  const panel = await openChanges(page);
  const entry = changeEntry(panel, "Permissions: grant storage_delete");
  await expect(entry).toHaveAttribute("data-status", "saved");
  await expect(entry).toContainText(`Role ${WRITE_ACCESS.name}`);

  // Undo it: the server holds the permissions the role had before.
  await undoChange(page, panel, `Role ${WRITE_ACCESS.name}`);
  await expect(changeEntry(panel, "Undo: restore the")).toHaveAttribute("data-status", "saved");
  await expect(entry).toContainText("Saved, then undone");
  await expect
    .poll(async () => [...((await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id)).permissions ?? [])].sort())
    .toEqual([...before].sort());

  // Signing out ends the log: the next person signing in on this tab sees none of it.
  await closeChanges(page);
  await signOut(page);
  await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain("storage_delete");
  await signInAs(page, "reader", rolesPath(DEFAULT_ITWIN_ID));
  const readerPanel = await openChanges(page);
  await expect(readerPanel).toContainText("Nothing changed yet");
});

test("a second tab opened from the signed-in session shows the same Changes and can undo one of them there", async ({ page, request }) => {
  const WRITE_ACCESS = { id: roleId(1, 4), name: "Write Access" };
  const before = (await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id)).permissions ?? [];
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "storage");
  await toggleCell(page, WRITE_ACCESS.name, "storage_delete");
  await expect(await saveReviewed(await openReview(page))).toContainText("1 saved.");
  await closeDialog(page);

  // A second tab of the same session (opened from this one, as "open in new tab" does): signed in, same log.
  const [second] = await Promise.all([
    page.waitForEvent("popup"),
    page.evaluate((path) => void window.open(path, "_blank"), rolesPath(DEFAULT_ITWIN_ID)),
  ]);
  await assertMatrixShown(second);
  const panel = await openChanges(second);
  const entry = changeEntry(panel, "Permissions: grant storage_delete");
  await expect(entry).toHaveAttribute("data-status", "saved");
  await undoChange(second, panel, `Role ${WRITE_ACCESS.name}`);
  await expect(entry).toContainText("Saved, then undone");
  await expect
    .poll(async () => [...((await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id)).permissions ?? [])].sort())
    .toEqual([...before].sort());
  await second.close();
});
