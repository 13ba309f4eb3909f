// Selectors for the Roles page (the role × permission matrix), so scenarios read like what a person does.
import { expect, type Locator, type Page } from "@playwright/test";

export const rolesPath = (iTwinId: string) => `/itwins/${iTwinId}/roles`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function permissionMatrix(page: Page): Locator {
  return page.getByRole("grid", { name: "Permissions of each role" });
}

export async function assertMatrixShown(page: Page) {
  await expect(page.getByRole("heading", { name: /^Roles/ })).toBeVisible();
  await expect(permissionMatrix(page)).toBeVisible();
}

/** The checkbox of one cell: "<role>: <permission>" (plus "(unsaved change)" while pending). */
export function matrixCell(page: Page, role: string, permission: string): Locator {
  return permissionMatrix(page).getByRole("checkbox", { name: new RegExp(`^${escape(role)}: ${escape(permission)}( \\(unsaved change\\))?$`) });
}

export async function filterMatrix(page: Page, text: string) {
  await page.getByLabel("Filter roles or permissions").fill(text);
}

export async function toggleCell(page: Page, role: string, permission: string) {
  await matrixCell(page, role, permission).click();
}

export async function assertCell(page: Page, role: string, permission: string, granted: boolean) {
  await expect(matrixCell(page, role, permission)).toHaveAttribute("aria-checked", String(granted));
}

export async function assertPendingCount(page: Page, text: string) {
  await expect(page.getByTestId("pending-count")).toHaveText(text);
}

/** Opens the review, checks what it lists, saves, and waits for every role's result. */
export async function reviewAndSave(page: Page, expected: { role: string; add?: string[]; remove?: string[] }[]) {
  await page.getByRole("button", { name: "Review and save" }).click();
  const dialog = page.getByRole("dialog");
  for (const { role, add = [], remove = [] } of expected) {
    const item = dialog.getByRole("listitem", { name: role });
    for (const p of add) await expect(item).toContainText(p);
    for (const p of remove) await expect(item).toContainText(p);
  }
  await dialog.getByRole("button", { name: /^Save \d+ roles?$/ }).click();
  await expect(dialog.getByRole("heading", { name: "Save results" })).toBeVisible();
  return dialog;
}

export async function closeDialog(page: Page) {
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
}

/** Puts keyboard focus on the matrix's single tab stop, as Tab would. */
export async function focusMatrix(page: Page) {
  await permissionMatrix(page).locator('[tabindex="0"]').first().focus();
}

export async function assertRolesBlocked(page: Page) {
  const alert = page.getByRole("alert").filter({ hasText: "not allowed" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("administration_manage_roles");
}

/** How many cells exist in the DOM right now (the matrix renders only those on screen). */
export async function renderedCellCount(page: Page): Promise<number> {
  return permissionMatrix(page).getByRole("gridcell").count();
}

export async function matrixSize(page: Page): Promise<{ rows: number; columns: number }> {
  const grid = permissionMatrix(page);
  return { rows: Number(await grid.getAttribute("aria-rowcount")), columns: Number(await grid.getAttribute("aria-colcount")) };
}

export async function scrollMatrix(page: Page, to: { top?: number; left?: number }) {
  await permissionMatrix(page).evaluate((el, pos) => el.scrollTo({ top: pos.top ?? el.scrollTop, left: pos.left ?? el.scrollLeft }), to);
}

export async function filterRoleType(page: Page, type: "All roles" | "Custom" | "Default") {
  await page.getByRole("combobox", { name: "Role type" }).click();
  await page.getByRole("option", { name: type, exact: true }).click();
}
