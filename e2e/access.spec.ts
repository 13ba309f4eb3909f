// The project manager asks why people have access, who has it, and changes roles for many at once.
import { expect, test } from "@playwright/test";
import { demoUser } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { emulator, resetEmulator } from "./support/emulator";
import { isSameDocument, markDocument, openSection } from "./support/resilience";
import { assertMatrixShown, filterMatrix, reviewAndSave, toggleCell, closeDialog } from "./support/roles";
import {
  accessPath,
  assertAccessPage,
  assertDirectRoles,
  bulkProgress,
  bulkRow,
  checkResult,
  chooseRolesToAdd,
  openAccessTab,
  permissionRow,
  pickMember,
  pickPermission,
  previewBulk,
  seededMembers,
  selectBulkMember,
  startNewBulkChange,
} from "./support/access";

const PAUL = "Paul Manager";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the effective-access view names the group through which a permission comes", async ({ page }) => {
  await signInAs(page, "manager", accessPath());
  await assertAccessPage(page);
  await pickMember(page, PAUL);
  // imodels_write comes only from iTwin Contributor, which Paul holds through Site Engineers.
  await expect(permissionRow(page, "imodels_write")).toContainText("Site Engineers → role iTwin Contributor");
  // itwins_read comes both ways: every path is listed.
  const read = permissionRow(page, "itwins_read");
  await expect(read).toContainText("role Project Manager");
  await expect(read).toContainText("Site Engineers → role iTwin Contributor");
  await expectNoSeriousA11yViolations(page, "effective access");
});

test("check access answers yes with the path and no with the roles that would grant it", async ({ page }) => {
  await signInAs(page, "manager", accessPath(undefined, "check"));
  await assertAccessPage(page);
  await pickMember(page, PAUL);
  await pickPermission(page, "imodels_write");
  await expect(checkResult(page)).toContainText(`Yes — ${PAUL} has Write iModels imodels_write`);
  await expect(checkResult(page)).toContainText("Site Engineers → role iTwin Contributor");

  await pickPermission(page, "edfs_objipexec");
  await expect(checkResult(page)).toContainText(`No — ${PAUL} does not have Execute integration packages edfs_objipexec`);
  await expect(page.getByTestId("roles-that-would-grant")).toContainText("EDFS_integration");
  await expectNoSeriousA11yViolations(page, "check access");
});

test("a permission given to a role on the Roles page shows in effective access and check access at once, without a reload", async ({
  page,
}) => {
  await signInAs(page, "manager", accessPath(undefined, "check"));
  await assertAccessPage(page);
  await markDocument(page);
  await pickMember(page, PAUL);
  await pickPermission(page, "edfs_objipexec");
  await expect(checkResult(page)).toContainText(`No — ${PAUL} does not have Execute integration packages edfs_objipexec`);

  // Paul holds Project Manager directly; the role gains the permission in the matrix.
  await openSection(page, "Roles");
  await assertMatrixShown(page);
  await filterMatrix(page, "edfs_objipexec");
  await toggleCell(page, "Project Manager", "edfs_objipexec");
  await reviewAndSave(page, [{ role: "Project Manager", add: ["edfs_objipexec"] }]);
  await closeDialog(page);

  await openSection(page, "Access insight");
  await assertAccessPage(page);
  await pickMember(page, PAUL);
  await expect(permissionRow(page, "edfs_objipexec")).toContainText("role Project Manager");
  await openAccessTab(page, "Check access");
  await pickMember(page, PAUL);
  await pickPermission(page, "edfs_objipexec");
  await expect(checkResult(page)).toContainText(`Yes — ${PAUL} has Execute integration packages edfs_objipexec`);
  await expect(checkResult(page)).toContainText("role Project Manager");
  expect(await isSameDocument(page), "the page was never reloaded").toBe(true);
});

test("who has it lists the members holding a role through a group", async ({ page }) => {
  await signInAs(page, "manager", accessPath());
  await assertAccessPage(page);
  await openAccessTab(page, "Who has it");
  await page.getByRole("combobox", { name: "Role" }).fill("iTwin Contributor");
  await page.getByRole("option", { name: "iTwin Contributor", exact: true }).click();
  const paul = page.getByTestId("holder-row").filter({ hasText: demoUser("manager").email });
  await expect(paul).toContainText("Site Engineers → role iTwin Contributor");
  await expectNoSeriousA11yViolations(page, "who has it");
});

test("a bulk role addition to three members survives one failure: two saved, the failure retried, the server holds exactly the intended roles", async ({
  page,
  request,
}) => {
  const [a, b, c] = seededMembers()
    .filter((m) => !m.roleNames.includes("Write Access"))
    .slice(0, 3);
  expect(c).toBeDefined();
  await signInAs(page, "manager", accessPath(undefined, "bulk"));
  await assertAccessPage(page);
  for (const m of [a!, b!, c!]) await selectBulkMember(page, m);
  await expect(page.getByTestId("bulk-selected-count")).toHaveText("3 selected");
  await chooseRolesToAdd(page, ["Write Access"]);
  await previewBulk(page);
  await expect(page.getByTestId("bulk-summary")).toContainText("3 to change");
  for (const m of [a!, b!, c!]) await expect(bulkRow(page, m)).toContainText("+ Write Access");
  await expectNoSeriousA11yViolations(page, "bulk preview");

  await emulator(request).failJobAction({ email: b!.email, action: "assignRoles" });
  await page.getByRole("button", { name: "Apply 3 changes" }).click();
  await expect(bulkProgress(page)).toHaveText("Finished: 2 saved, 1 failed");
  await expect(bulkRow(page, a!)).toHaveAttribute("data-outcome", "saved");
  await expect(bulkRow(page, c!)).toHaveAttribute("data-outcome", "saved");
  await expect(bulkRow(page, b!)).toHaveAttribute("data-outcome", "failed");

  await page.getByRole("button", { name: "Retry failed (1)" }).click();
  await expect(bulkProgress(page)).toHaveText("Finished: 3 saved, 0 failed");
  await expect(bulkRow(page, b!)).toHaveAttribute("data-outcome", "saved");
  await expectNoSeriousA11yViolations(page, "bulk results");

  // What the server holds now, read back after a reload.
  await page.reload();
  await assertAccessPage(page);
  await startNewBulkChange(page);
  for (const m of [a!, b!, c!]) await assertDirectRoles(page, m, [...m.roleNames, "Write Access"]);
});

test("same access as another member shows its diff and applies it", async ({ page }) => {
  const rita = demoUser("reader");
  const ritaName = `${rita.givenName} ${rita.surname}`;
  await signInAs(page, "manager", accessPath());
  await assertAccessPage(page);
  await pickMember(page, ritaName);
  await page.getByRole("button", { name: "Same access as…" }).click();
  const dialog = page.getByRole("dialog", { name: `Give ${ritaName} the same access as…` });
  await pickMember(dialog, PAUL, "Copy the direct roles of");
  const diff = dialog.getByTestId("same-access-diff");
  await expect(diff).toContainText("+ Project Manager");
  await expect(diff).toContainText("− iTwin Reader");
  await expectNoSeriousA11yViolations(page, "same access dialog");
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Roles of ${ritaName} saved: Project Manager.`)).toBeVisible();

  await page.reload();
  await assertAccessPage(page);
  await pickMember(page, ritaName);
  await expect(page.getByTestId("roles-held")).toHaveText("Project Manager (direct)");
});
