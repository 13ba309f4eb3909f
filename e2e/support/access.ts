// Selectors and seeded facts for the Access insight scenarios, so the specs read like what a person does.
import { expect, type Locator, type Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users";
import { seedDemo } from "../../emulator/data/seed-demo";

export const accessPath = (iTwinId = DEFAULT_ITWIN_ID, tab?: "check" | "who" | "bulk") =>
  `/itwins/${iTwinId}/access${tab ? `?tab=${tab}` : ""}`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface SeededMember {
  id: string;
  name: string;
  email: string;
  roleNames: string[];
}

/** User members of the default iTwin in the demo seed (deterministic), for picking test subjects. */
export function seededMembers(): SeededMember[] {
  const store = seedDemo();
  const itwin = store.itwins.get(DEFAULT_ITWIN_ID)!;
  return [...itwin.userMembers.entries()].flatMap(([id, roleIds]) => {
    const u = store.users.get(id);
    if (!u || u.missing || !u.email || id.startsWith("a0000000")) return [];
    return [{ id, name: `${u.givenName} ${u.surname}`, email: u.email, roleNames: roleIds.map((r) => itwin.roles.get(r)!.displayName) }];
  });
}

export async function assertAccessPage(page: Page) {
  await expect(page.getByRole("heading", { name: "Access insight", level: 1 })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Effective access" })).toBeVisible();
}

export async function openAccessTab(page: Page, name: "Effective access" | "Check access" | "Who has it" | "Bulk changes") {
  await page.getByRole("tab", { name }).click();
}

/** Types into a member picker (labelled `label`) and chooses the option for `name`. */
export async function pickMember(scope: Page | Locator, name: string, label = "Member") {
  const input = scope.getByRole("combobox", { name: label });
  await input.fill(name);
  const page = "page" in scope ? scope.page() : scope;
  await page
    .getByRole("option", { name: new RegExp(escape(name)) })
    .first()
    .click();
}

export async function pickPermission(page: Page, permission: string) {
  const input = page.getByRole("combobox", { name: "Permission" });
  await input.fill(permission);
  // Options read "Readable label (key)"; a key without a label is shown raw.
  await page.getByRole("option", { name: new RegExp(`(^|\\()${escape(permission)}\\)?$`) }).click();
}

export function permissionRow(page: Page, permission: string): Locator {
  return page.getByTestId("permission-row").filter({ has: page.getByRole("cell", { name: new RegExp(`(^| )${escape(permission)}$`) }) });
}

export function checkResult(page: Page): Locator {
  return page.getByTestId("check-result");
}

// ---- bulk ----------------------------------------------------------------------------------------

export async function selectBulkMember(page: Page, member: SeededMember) {
  await page.getByLabel("Search members").fill(member.email);
  await page.getByRole("checkbox", { name: new RegExp(escape(member.email)) }).check();
}

export async function chooseRolesToAdd(page: Page, roleNames: string[]) {
  const input = page.getByRole("combobox", { name: "Roles to add" });
  for (const r of roleNames) {
    await input.click();
    await page.getByRole("option", { name: r, exact: true }).click();
  }
  await page.keyboard.press("Escape");
}

export async function previewBulk(page: Page) {
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByTestId("bulk-summary")).toBeVisible();
}

export function bulkRow(page: Page, member: SeededMember): Locator {
  return page.locator(`[data-testid="bulk-plan-row"][data-member="${member.name}"]`);
}

export function bulkProgress(page: Page): Locator {
  return page.getByTestId("bulk-progress");
}

/** The roles a member holds directly, as the bulk member list shows them ("e-mail · A, B"). */
export async function assertDirectRoles(page: Page, member: SeededMember, roleNames: string[]) {
  await page.getByLabel("Search members").fill(member.email);
  const label = page.getByRole("checkbox", { name: new RegExp(escape(member.email)) });
  await expect(label).toHaveAccessibleName(new RegExp(`${escape(member.email)} · ${escape(roleNames.join(", "))}$`));
}

export async function selectBulkMembers(page: Page, members: readonly SeededMember[]) {
  for (const m of members) await selectBulkMember(page, m);
  await expect(page.getByTestId("bulk-selected-count")).toHaveText(`${members.length} selected`);
}

/** The running job: its id, its state and how many actions have an answer. */
export function bulkJobProgress(page: Page): Locator {
  return page.getByTestId("bulk-job-progress");
}

/** One line per finished job, `data-status` its final state. */
export function bulkJobStatus(page: Page): Locator {
  return page.getByTestId("bulk-job-status");
}

export async function startNewBulkChange(page: Page) {
  await page.getByRole("button", { name: "New bulk change" }).click();
  await expect(page.getByLabel("Search members")).toBeVisible();
}
