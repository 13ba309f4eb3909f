// Selectors for the Members page, so the members scenarios read like what a person does.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users";
import { emulator } from "./emulator";

export const membersPath = (iTwinId = DEFAULT_ITWIN_ID, tab?: "groups" | "owners" | "invitations" | "shares") =>
  `/itwins/${iTwinId}/members${tab ? `?tab=${tab}` : ""}`;

export async function assertMembersPage(page: Page) {
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await expect(page.getByTestId("users-total")).toContainText("member");
}

export function userRow(page: Page, email: string): Locator {
  return page.getByRole("row").filter({ hasText: email });
}

export async function searchMembers(page: Page, text: string) {
  await page.getByLabel("Search members").fill(text);
}

export async function openRoleEditor(page: Page, memberName: string): Promise<Locator> {
  await page.getByRole("button", { name: `Edit roles of ${memberName}` }).click();
  const dialog = page.getByRole("dialog", { name: `Roles of ${memberName}` });
  await expect(dialog.getByTestId("role-picker")).toBeVisible();
  return dialog;
}

export function roleOption(dialog: Locator, roleName: string): Locator {
  return dialog.getByRole("checkbox", { name: new RegExp(`^${roleName}\\b`) });
}

export async function toggleRole(dialog: Locator, roleName: string) {
  await roleOption(dialog, roleName).click();
}

export async function searchRoles(dialog: Locator, text: string) {
  await dialog.getByLabel("Search roles").fill(text);
}

/** "Select all shown", or "Select the first N shown" when more are shown than the limit leaves room for. */
export async function selectShownRoles(dialog: Locator) {
  await dialog.getByRole("button", { name: /^Select (all shown|the first \d+ shown)/ }).click();
}

/** Ticks the first role in the list not yet chosen, as a person does one by one. */
export async function tickNextUnchosenRole(dialog: Locator) {
  await dialog.getByRole("list", { name: "Available roles" }).getByRole("checkbox", { checked: false }).first().click();
}

export async function saveRoles(dialog: Locator) {
  await dialog.getByRole("button", { name: "Save roles" }).click();
}

export function roleIdsHelper(dialog: Locator): Locator {
  return dialog.locator("#roleIds-helper");
}

export async function addUsers(page: Page, emails: string, roleNames: string[]): Promise<Locator> {
  await page.getByRole("button", { name: "Add users" }).click();
  const dialog = page.getByRole("dialog", { name: "Add users" });
  await dialog.getByLabel("E-mail addresses").fill(emails);
  for (const r of roleNames) await toggleRole(dialog, r);
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  return dialog;
}

export async function openTab(page: Page, name: "Users" | "Groups" | "Owners" | "Invitations" | "Share links") {
  // The Members page's own tabs: the sections above have a "Groups" tab of their own.
  await page.getByRole("tablist", { name: "Member kinds" }).getByRole("tab", { name }).click();
}

/** The next PATCH of a user member answers this status and body (emulator control endpoint). */
export async function failNextMemberPatch(request: APIRequestContext, status: number, body: unknown) {
  await emulator(request).failNext({ method: "PATCH", path: "/members/users/", status, body, count: 1 });
}

/** WCAG 2 A/AA violations on the page (the shell's avatar is the shell scenarios' business) as "rule: targets" lines (empty when clean). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Cast: @axe-core/playwright is typed against a second copy of playwright-core in node_modules.
  const result = await new AxeBuilder({ page: page as never }).withTags(["wcag2a", "wcag2aa"]).exclude(".MuiAvatar-root").analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export { SEED_MEMBER_PATCH_422 as SEED_PATCH_422 } from "../../src/test/seed-errors";
