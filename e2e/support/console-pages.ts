// Selectors for the console's pages live here, so scenarios read like what a person does.
import { expect, type Locator, type Page } from "@playwright/test";

export async function assertRolesPage(page: Page) {
  await expect(page.getByRole("heading", { name: /^Roles/ })).toBeVisible();
}

export async function openRole(page: Page, roleName: string) {
  await page.getByRole("button", { name: new RegExp(`^${roleName}\\b`) }).click();
}

/** One of the iTwin's section tabs ("Roles", "Members", "Packages", "Access insight"). */
export function sectionTab(page: Page, name: string): Locator {
  return page.getByRole("tablist", { name: "Sections" }).getByRole("tab", { name: new RegExp(`^${name}\\b`) });
}
