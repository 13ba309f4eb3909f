// Selectors and seeded facts for owners, groups, the privileged view and the all-packages view, so
// those scenarios read like what a person does.
import { expect, type Locator, type Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users";
import { seedDemo } from "../../emulator/data/seed-demo";

export const groupsPath = (iTwinId = DEFAULT_ITWIN_ID) => `/itwins/${iTwinId}/groups`;
export const privilegedPath = (iTwinId = DEFAULT_ITWIN_ID) => `/itwins/${iTwinId}/privileged`;
export const packagesOverviewPath = (iTwinId = DEFAULT_ITWIN_ID) => `/itwins/${iTwinId}/packages?tab=all`;

// ---- owners --------------------------------------------------------------------------------------

export async function addOwner(page: Page, email: string) {
  await page.getByLabel("E-mail of the new owner").fill(email);
  await page.getByRole("button", { name: "Add owner" }).click();
}

export const ownerRow = (page: Page, email: string) => page.getByTestId("owner-row").filter({ hasText: email });

/** Opens the removal of an owner; resolves the confirmation dialog. */
export async function startRemovingOwner(page: Page, email: string): Promise<Locator> {
  await page.getByRole("button", { name: `Remove ${email} as owner` }).click();
  const dialog = page.getByRole("dialog", { name: "Remove owner?" });
  await expect(dialog).toContainText("full control");
  return dialog;
}

// ---- groups --------------------------------------------------------------------------------------

export function groupEditor(page: Page, name?: string): Locator {
  return page.getByRole("dialog", { name: name ? `Edit group ${name}` : "Create group" });
}

export async function createGroup(page: Page, name: string, description: string): Promise<Locator> {
  await page.getByRole("button", { name: "Create group" }).click();
  const dialog = groupEditor(page);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Description").fill(description);
  await dialog.getByRole("button", { name: "Create group" }).click();
  const editor = groupEditor(page, name);
  await expect(editor).toBeVisible();
  return editor;
}

export const membersBox = (editor: Locator) => editor.getByLabel(/^Members \(e-mail addresses/);
export const imsGroupsBox = (editor: Locator) => editor.getByLabel(/^IMS groups/);
export const groupRow = (page: Page, name: string) => page.getByTestId("group-row").filter({ hasText: name });

/** Seeded users of the demo organization who are members of the default iTwin, by e-mail. */
export function seededEmails(count: number, skip = 0): string[] {
  const store = seedDemo();
  const itwin = store.itwins.get(DEFAULT_ITWIN_ID)!;
  return [...itwin.userMembers.keys()]
    .map((id) => store.users.get(id))
    .flatMap((u) => (u && !u.missing && u.email && !u.id.startsWith("a0000000") ? [u.email] : []))
    .slice(skip, skip + count);
}

/** A seeded group of the default iTwin and its people (demo preset). */
export function seededGroup(name: string): { id: string; people: { name: string; email: string }[] } {
  const store = seedDemo();
  const group = [...store.itwins.get(DEFAULT_ITWIN_ID)!.groups.values()].find((g) => g.name === name)!;
  return {
    id: group.id,
    people: group.memberIds.flatMap((id) => {
      const u = store.users.get(id);
      return u?.email ? [{ name: `${u.givenName} ${u.surname}`, email: u.email }] : [];
    }),
  };
}

// ---- privileged and packages ---------------------------------------------------------------------

export const privilegedRow = (page: Page, text: string) => page.getByTestId("privileged-row").filter({ hasText: text });
export const overviewRows = (page: Page) => page.getByTestId("overview-row");
export const overviewTable = (page: Page) => page.getByRole("table", { name: "Package roles of every iTwin role in every package" });
export const runnerRow = (page: Page, text: string) => page.getByTestId("runner-row").filter({ hasText: text });
