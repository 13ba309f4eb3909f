// Never lose an edit: with the server rate-limiting a third of all requests and every token revoked
// mid-way, a member role edit, a matrix edit and an assignment edit each complete, the server ends up
// with exactly what was saved (one successful write per change), and the change log tells the story.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { membersPath, openRoleEditor, roleOption, saveRoles, searchMembers, toggleRole, userRow } from "./support/members";
import {
  assertCell,
  assertMatrixShown,
  closeDialog,
  filterMatrix,
  reviewAndSave as reviewAndSaveMatrix,
  toggleCell,
} from "./support/roles";
import { assertPackagesPage, assertSaved, assignmentCheckbox, reviewAndSave as reviewAndSaveAssignments } from "./support/packages";
import {
  changeEntries,
  changesButton,
  closeChanges,
  forgetRefreshTokens,
  lastRequestSeq,
  openChanges,
  openPackage,
  openSection,
  outcomes,
  requestLog,
  sessionExpiredBanner,
  signInAgainInPopup,
  undoChange,
} from "./support/resilience";

const RITA = { name: "Rita Reader", email: "rita.reader@riverbend.example" };
const EXECUTE = "Execute Integration Package";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test.afterEach(async ({ request }) => {
  await emulator(request).clearFaults();
});

test("under 30 % rate limiting and a mid-edit token expiry, three edits each land exactly once and survive a reload", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "admin", membersPath(DEFAULT_ITWIN_ID));
  await expect(page.getByTestId("users-total")).toContainText("member");
  const since = await lastRequestSeq(request);
  await emulator(request).setFaults({ rateLimitFraction: 0.3, retryAfterSeconds: 1, seed: 7 });

  // 1. Member roles — the token is revoked while the editor is open with an unsaved selection.
  await searchMembers(page, "rita");
  await expect(userRow(page, RITA.email)).toBeVisible();
  const editor = await openRoleEditor(page, RITA.name);
  await toggleRole(editor, "Write Access");
  await emulator(request).expireTokens();
  await expect(roleOption(editor, "Write Access")).toHaveAttribute("aria-checked", "true");
  await saveRoles(editor);
  await expect(editor).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(`Roles of ${RITA.name} saved.`)).toBeVisible();

  // 2. The matrix.
  await openSection(page, "Roles");
  await assertMatrixShown(page);
  await filterMatrix(page, "storage_upload");
  await toggleCell(page, "iTwin Reader", "storage_upload");
  const results = await reviewAndSaveMatrix(page, [{ role: "iTwin Reader", add: ["storage_upload"] }]);
  await expect(results).toContainText("1 saved.", { timeout: 30_000 });
  await closeDialog(page);

  // 3. Package assignments.
  await openSection(page, "Packages");
  await openPackage(page, "Sql Customers");
  await assertPackagesPage(page);
  await assignmentCheckbox(page, EXECUTE, "iTwin Reader").check();
  await reviewAndSaveAssignments(page);
  await assertSaved(page);

  // The change log: three changes, each saved, none doubled.
  await expect(changesButton(page)).toHaveAccessibleName(/Changes: 3 sent since sign-in$/);
  const panel = await openChanges(page);
  await expect(changeEntries(panel)).toHaveCount(3);
  await expect(changeEntries(panel).and(panel.locator('[data-status="saved"]'))).toHaveCount(3);
  await expect(panel).toContainText(`User member ${RITA.name}`);
  await expect(panel).toContainText("Role iTwin Reader");
  await expect(panel).toContainText("Package SQL_CUSTOMERS_TABLE");
  await closeChanges(page);

  // What reached the server: faults really happened, and exactly one successful write per change.
  const log = await requestLog(request, since);
  await emulator(request).clearFaults();
  expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(0);
  expect(log.filter((r) => r.status === 401).length).toBeGreaterThan(0);
  const memberPatch = outcomes(log, "PATCH", /\/members\/users\/[^/?]+$/);
  const rolePatch = outcomes(log, "PATCH", /\/accesscontrol\/itwins\/[^/]+\/roles\/[^/?]+$/);
  const assignmentPost = outcomes(log, "POST", /\/packages\/SQL_CUSTOMERS_TABLE\/roles$/);
  expect(memberPatch.succeeded).toBe(1);
  expect(rolePatch.succeeded).toBe(1);
  expect(assignmentPost.succeeded).toBe(1);
  // Writes were only repeated after answers that say "not processed" (429, 401).
  for (const write of [memberPatch, rolePatch, assignmentPost])
    expect(write.all).toBe(write.succeeded + write.rateLimited + write.unauthorized);

  // After a reload, without faults, the server shows exactly what was saved.
  await page.goto(membersPath(DEFAULT_ITWIN_ID));
  await searchMembers(page, "rita");
  await expect(userRow(page, RITA.email)).toContainText("Write Access");
  await expect(userRow(page, RITA.email)).toContainText("iTwin Reader");
  await openSection(page, "Roles");
  await assertMatrixShown(page);
  await filterMatrix(page, "storage_upload");
  await assertCell(page, "iTwin Reader", "storage_upload", true);
  await openSection(page, "Packages");
  await openPackage(page, "Sql Customers");
  await expect(assignmentCheckbox(page, EXECUTE, "iTwin Reader")).toBeChecked();
  await expect(assignmentCheckbox(page, EXECUTE, "EDFS_integration")).toBeChecked();
});

test("a saved change is undone from the change log after confirming, and the undo is logged with its own result", async ({ page }) => {
  await signInAs(page, "admin", membersPath(DEFAULT_ITWIN_ID));
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, RITA.name);
  await toggleRole(editor, "Write Access");
  await saveRoles(editor);
  await expect(editor).toBeHidden();
  await expect(userRow(page, RITA.email)).toContainText("Write Access");

  const panel = await openChanges(page);
  await expect(changeEntries(panel)).toHaveCount(1);
  await expect(changeEntries(panel).first()).toContainText("Roles: add Write Access");
  await undoChange(page, panel, `User member ${RITA.name}`);
  await expect(changeEntries(panel)).toHaveCount(2);
  // Newest first: the undo, saved; then the original, marked undone and no longer undoable.
  await expect(changeEntries(panel).nth(0)).toHaveAttribute("data-status", "saved");
  await expect(changeEntries(panel).nth(0)).toContainText("Undo:");
  await expect(changeEntries(panel).nth(1)).toContainText("Saved, then undone");
  await expect(changeEntries(panel).nth(1).getByRole("button", { name: /^Undo/ })).toHaveCount(0);
  await closeChanges(page);

  await expect(userRow(page, RITA.email)).not.toContainText("Write Access");
  await page.reload();
  await searchMembers(page, "rita");
  await expect(userRow(page, RITA.email)).toContainText("iTwin Reader");
  await expect(userRow(page, RITA.email)).not.toContainText("Write Access");
});

test("when silent renewal is impossible, a 'Session expired' banner signs in again in a popup and the open edit is saved", async ({
  page,
  request,
  context,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin", membersPath(DEFAULT_ITWIN_ID));
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, RITA.name);
  await toggleRole(editor, "Write Access");

  // The refresh token is gone and the identity provider forgot the session: only a person can sign in.
  await forgetRefreshTokens(page);
  await context.clearCookies();
  await emulator(request).expireTokens();
  const since = await lastRequestSeq(request);
  await saveRoles(editor);

  const banner = sessionExpiredBanner(page);
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText("Your changes are kept");
  // The edit is still there, waiting under the prompt (hidden from assistive technology meanwhile).
  const editorBehind = page.getByRole("dialog", { name: `Roles of ${RITA.name}`, includeHidden: true });
  await expect(editorBehind).toBeVisible();
  await expect(editorBehind.getByTestId("role-diff")).toContainText("+ Write Access");

  const popup = await signInAgainInPopup(page, "admin");
  if (!popup.isClosed()) await popup.waitForEvent("close");
  await expect(banner).toBeHidden();
  await expect(editor).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(`Roles of ${RITA.name} saved.`)).toBeVisible();
  await expect(userRow(page, RITA.email)).toContainText("Write Access");

  const patches = outcomes(await requestLog(request, since), "PATCH", /\/members\/users\/[^/?]+$/);
  expect(patches.succeeded).toBe(1);
  expect(patches.all).toBe(patches.succeeded + patches.unauthorized);
});
