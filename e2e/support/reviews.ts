// Access reviews as an administrator works them on the Organization page: start one over some iTwins,
// filter the lines, decide one by one or all shown, apply, and read the evidence.
import { expect, type Locator, type Page } from "@playwright/test";

export const reviewLines = (page: Page) => page.getByTestId("review-line");
export const reviewProgress = (page: Page) => page.getByTestId("review-progress");
export const shownCount = (page: Page) => page.getByTestId("review-shown");

export async function openReviews(page: Page) {
  await page.getByRole("tab", { name: "Access reviews" }).click();
}

/** Starts a review over the iTwins named (chosen one by one) and waits until its lines are on screen. */
export async function startReview(page: Page, name: string, itwinNames: string[]) {
  await page.getByRole("button", { name: "Start a review" }).click();
  const dialog = page.getByRole("dialog", { name: "Start an access review" });
  await dialog.getByLabel("Review name").fill(name);
  await dialog.getByLabel("Chosen iTwins").check();
  const picker = dialog.getByLabel("iTwins", { exact: true });
  for (const itwin of itwinNames) {
    await picker.fill(itwin);
    await page.getByRole("option", { name: itwin, exact: true }).click();
  }
  await expect(dialog.getByTestId("review-scope-count")).toContainText(`${itwinNames.length} iTwin`);
  await dialog.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByTestId("review-message")).toContainText(`Started “${name}”`, { timeout: 60_000 });
  await expect(reviewLines(page).first()).toBeVisible();
}

/** Picks a value in one of the filter bar's pickers (Autocomplete). */
export async function pick(page: Page, label: string, text: string, option: string | RegExp = text) {
  const field = page.getByRole("search", { name: "Filter the review" }).getByLabel(label, { exact: true });
  await field.fill(text);
  await page.getByRole("option", { name: option }).first().click();
}

/** Chooses a value in one of the filter bar's selects. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByRole("search", { name: "Filter the review" }).getByLabel(label, { exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

export async function clearFilters(page: Page) {
  await page.getByRole("button", { name: "Clear filters" }).click();
}

/** "Keep all shown (n)" / "Revoke all shown (n)", confirmed; returns how many lines the dialog said. */
export async function decideAllShown(page: Page, verdict: "Keep" | "Revoke", note?: string): Promise<number> {
  await page.getByRole("button", { name: new RegExp(`^${verdict} all (shown )?\\(`) }).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`^${verdict} [\\d,]+ lines?\\?$`) });
  const title = (await dialog.getByRole("heading").textContent()) ?? "";
  if (note) await dialog.getByLabel("Note for these lines (optional)").fill(note);
  await dialog.getByRole("button", { name: new RegExp(`^${verdict} [\\d,]+ lines?$`) }).click();
  await expect(dialog).toBeHidden();
  return Number(/([\d,]+) line/.exec(title)?.[1]?.replace(/,/g, "") ?? NaN);
}

export function lineRow(page: Page, text: string | RegExp): Locator {
  return reviewLines(page).filter({ hasText: text });
}
