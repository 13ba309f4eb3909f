// Selectors for choosing an iTwin: the app bar's "Show" choice (My iTwins / All iTwins of my
// organization), the iTwin picker, and the start page's lists.
import { expect, type Page } from "@playwright/test";

export async function showITwins(page: Page, which: "My iTwins" | "All iTwins of my organization") {
  await page.getByRole("combobox", { name: "Show" }).click();
  await page.getByRole("option", { name: which }).click();
}

/** Opens the picker and returns what it offers (or says). */
export async function openPicker(page: Page) {
  await page.getByRole("combobox", { name: "iTwin" }).click();
  return page.getByRole("listbox").or(page.locator(".MuiAutocomplete-noOptions"));
}

export async function pickITwin(page: Page, name: string) {
  const picker = page.getByRole("combobox", { name: "iTwin" });
  await picker.fill(name);
  await page
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
}

export async function assertNotMemberOfAny(page: Page) {
  await expect(page.getByRole("heading", { name: "You are not a member of any iTwin yet" })).toBeVisible();
}

export function organizationList(page: Page) {
  return page.getByRole("region", { name: "All iTwins of my organization" });
}

/** The notice an iTwin page shows when the iTwins API would not give the iTwin's details. */
export function detailsUnavailable(page: Page) {
  return page.getByTestId("itwin-details-unavailable");
}
