// Administrators review every role against every permission and fix it in place, on the real local stack.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { failNext, resetEmulator } from "./support/emulator";
import {
  assertCell,
  assertMatrixShown,
  assertPendingCount,
  assertRolesBlocked,
  closeDialog,
  filterMatrix,
  filterRoleType,
  focusMatrix,
  matrixCell,
  matrixSize,
  renderedCellCount,
  reviewAndSave,
  rolesPath,
  scrollMatrix,
  toggleCell,
} from "./support/roles";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the organization administrator grants a permission in the matrix, saves, and still sees it after a reload", async ({ page }) => {
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "storage_upload");
  await assertCell(page, "iTwin Reader", "storage_upload", false);
  await toggleCell(page, "iTwin Reader", "storage_upload");
  await assertCell(page, "iTwin Reader", "storage_upload", true);
  await assertPendingCount(page, "1 unsaved change in 1 role");

  const results = await reviewAndSave(page, [{ role: "iTwin Reader", add: ["storage_upload"] }]);
  await expect(results).toContainText("1 saved.");
  await closeDialog(page);

  await page.reload();
  await assertMatrixShown(page);
  await filterMatrix(page, "storage_upload");
  await assertCell(page, "iTwin Reader", "storage_upload", true);
});

test("a failed save keeps the change and names the error at that role", async ({ page, request }) => {
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "issues_close");
  await toggleCell(page, "iTwin Reader", "issues_close");
  await toggleCell(page, "Write Access", "issues_close");
  await failNext(request, { method: "PATCH", path: "/roles/", status: 500, count: 1 });
  const results = await reviewAndSave(page, [
    { role: "iTwin Reader", add: ["issues_close"] },
    { role: "Write Access", add: ["issues_close"] },
  ]);
  await expect(results).toContainText("1 saved, 1 failed.");
  await closeDialog(page);
  await assertPendingCount(page, "1 unsaved change in 1 role");
  await expect(page.getByRole("note").first()).toContainText("Not saved");
});

test("unsaved changes are not lost by leaving the page: the console asks first", async ({ page }) => {
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "forms_delete");
  await toggleCell(page, "iTwin Reader", "forms_delete");
  await page.getByRole("tab", { name: "Members" }).click();
  const prompt = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(prompt).toBeVisible();
  await prompt.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`${rolesPath(DEFAULT_ITWIN_ID)}$`));
  await assertCell(page, "iTwin Reader", "forms_delete", true);
});

test("the matrix works from the keyboard: arrows move, Space toggles", async ({ page }) => {
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "imodels");
  await focusMatrix(page);
  // The first cell is the imodels group row; one down is imodels_changesets_read; one right is the second role.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  const cell = matrixCell(page, "EDFS_integration", "imodels_changesets_read");
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAttribute("aria-checked", "false");
  await page.keyboard.press("Space");
  await expect(cell).toHaveAttribute("aria-checked", "true");
  // End reaches the last column: the account's roles follow the iTwin's own, the last of them Account Reader.
  await page.keyboard.press("End");
  await expect(matrixCell(page, "Account Reader", "imodels_changesets_read")).toBeFocused();
  await assertPendingCount(page, "1 unsaved change in 1 role");
});

test("the matrix page has no detectable accessibility violations", async ({ page }) => {
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await toggleCell(page, "iTwin Reader", "administration_manage_roles");
  const results = await new AxeBuilder({ page }).include("main").analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => `${n.html} ${n.failureSummary}`)
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
});

test("the reader, without administration_manage_roles, is told the roles cannot be shown or edited", async ({ page }) => {
  await signInAs(page, "reader", rolesPath(DEFAULT_ITWIN_ID));
  await assertRolesBlocked(page);
});

test("with the large preset the matrix renders only the cells on screen and still edits", async ({ page, request }) => {
  await resetEmulator(request, "large");
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  const size = await matrixSize(page);
  expect(size.columns).toBeGreaterThan(300);
  expect(size.rows).toBeGreaterThan(400);
  expect(await renderedCellCount(page)).toBeLessThan(2000);
  await scrollMatrix(page, { top: 8000, left: 20000 });
  await expect(page.locator('[role="row"][aria-rowindex="260"]')).toBeAttached();
  expect(await renderedCellCount(page)).toBeLessThan(2000);
  await filterMatrix(page, "reality_share");
  await filterRoleType(page, "Default");
  await toggleCell(page, "iTwin Reader", "reality_share");
  await assertPendingCount(page, "1 unsaved change in 1 role");
});
