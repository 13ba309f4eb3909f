// Selectors for the Roles page (the role × permission matrix), so scenarios read like what a person does.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { roleOperations } from "../../src/api/operations/accesscontrol-roles";
import type { Role } from "../../src/api/wire";
import { emulator } from "./emulator";

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
  return permissionMatrix(page).getByRole("checkbox", {
    name: new RegExp(`^${escape(role)}: ${escape(permission)}( \\(unsaved change\\))?$`),
  });
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

// ---- the server's view through the emulator's act-as ---------------------------------------------

export type ServerRole = Role;

/** One role as the server holds it, read as the organization administrator. */
export async function roleOnServer(request: APIRequestContext, iTwinId: string, roleId: string): Promise<ServerRole> {
  return (await emulator(request).actAsOk("admin", roleOperations.getRole, { iTwinId, roleId })).role;
}

/** Every role of the iTwin as the server holds it. */
export async function rolesOnServer(request: APIRequestContext, iTwinId: string): Promise<ServerRole[]> {
  return (await emulator(request).actAsOk("admin", roleOperations.listRoles, { iTwinId })).roles;
}

/** Another administrator replaces a role's permissions meanwhile. */
export async function setRolePermissionsAs(
  request: APIRequestContext,
  user: "admin" | "manager",
  iTwinId: string,
  roleId: string,
  permissions: string[],
): Promise<ServerRole> {
  return (await emulator(request).actAsOk(user, roleOperations.updateRole, { iTwinId, roleId }, { body: { permissions } })).role;
}

/** Creates a role through the API as the organization administrator; answers its id. */
export async function createRoleAs(
  request: APIRequestContext,
  iTwinId: string,
  displayName: string,
  description: string,
  permissions: string[] = [],
): Promise<string> {
  const body = { displayName, description, permissions };
  return (await emulator(request).actAsOk("admin", roleOperations.createRole, { iTwinId }, { body })).role.id;
}

/** The permission catalogue the server knows. */
export async function permissionCatalogue(request: APIRequestContext): Promise<string[]> {
  return (await emulator(request).actAsOk("admin", roleOperations.listAllPermissions, {})).permissions;
}

/** A permission list as a sorted set, so lists compare regardless of order. */
export const asSet = (permissions: readonly string[] | undefined) => [...new Set(permissions ?? [])].sort();

/** `base` with `add` granted and `remove` revoked, sorted. */
export const applyToggles = (base: readonly string[] | undefined, add: readonly string[] = [], remove: readonly string[] = []) =>
  asSet([...(base ?? []), ...add].filter((p) => !remove.includes(p)));

/** Opens the review dialog from the pending-changes bar. */
export async function openReview(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Review and save" }).click();
  const dialog = page.getByRole("dialog", { name: /^Review \d+ changes? in \d+ roles?$/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

export function reviewItem(dialog: Locator, role: string): Locator {
  return dialog.getByRole("listitem", { name: role, exact: true });
}

/** What the review lists for one role, read from its "Add:" and "Remove:" chip rows. */
export async function reviewedPermissions(dialog: Locator, role: string): Promise<{ add: string[]; remove: string[] }> {
  const item = reviewItem(dialog, role);
  await expect(item).toBeVisible();
  const chips = (label: string) =>
    item
      .locator("div")
      .filter({ has: item.page().getByText(`${label}:`, { exact: true }) })
      .last()
      .locator(".MuiChip-label")
      .allTextContents();
  return { add: (await chips("Add")).sort(), remove: (await chips("Remove")).sort() };
}

/** Saves from the open review and waits for every role's result. */
export async function saveReviewed(dialog: Locator): Promise<Locator> {
  await dialog.getByRole("button", { name: /^Save \d+ roles?$/ }).click();
  const results = dialog.page().getByRole("dialog", { name: "Save results" });
  await expect(results).toBeVisible();
  return results;
}

/** The result chip a role got in the "Save results" dialog ("Saved", "Failed", "Changed on the server"). */
export function saveResultOf(results: Locator, role: string): Locator {
  return reviewItem(results, role);
}

export function createRoleButton(page: Page): Locator {
  return page.getByRole("button", { name: "Create role" });
}

export async function openCreateRole(page: Page): Promise<Locator> {
  await createRoleButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Create role" });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function fillRoleForm(dialog: Locator, values: { name?: string; description?: string }) {
  if (values.name !== undefined) await dialog.getByRole("textbox", { name: "Name" }).fill(values.name);
  if (values.description !== undefined) await dialog.getByRole("textbox", { name: "Description" }).fill(values.description);
}

export async function submitRoleForm(dialog: Locator) {
  await dialog.getByRole("button", { name: "Create role" }).click();
}

export function roleFormField(dialog: Locator, field: "Name" | "Description"): Locator {
  return dialog.getByRole("textbox", { name: field });
}

/** The text under a form field (id `<field>-helper`), where a 422's detail for that field appears. */
export function fieldHelper(dialog: Locator, field: "displayName" | "description"): Locator {
  return dialog.locator(`#${field}-helper`);
}

/** The pending-changes bar ("Unsaved changes" region). */
export function unsavedChangesBar(page: Page): Locator {
  return page.getByRole("region", { name: "Unsaved changes" });
}

/** The row header of one permission, as shown: its readable label then its key (or the key alone). */
export function permissionRowHeader(page: Page, permission: string): Locator {
  return permissionMatrix(page)
    .getByRole("rowheader")
    .filter({ hasText: new RegExp(`(^| )${escape(permission)}\\d*$`) });
}

/** The cue at the matrix's right edge saying how many columns follow ("3 more roles →"). */
export function moreColumnsCue(page: Page): Locator {
  return page.getByTestId("matrix-more-columns");
}

/** Scrolls the matrix to its right end, as a person drags its scrollbar. */
export async function scrollMatrixToEnd(page: Page) {
  await permissionMatrix(page).evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
}
