// Selectors for the Share links tab of the Members page, and the emulator's view of an iTwin's shares.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users";
import { shareOperations } from "../../src/api/operations/accesscontrol-shares";
import { emulator } from "./emulator";

export function shareRows(page: Page): Locator {
  return page.getByRole("table", { name: "Active share links" }).getByTestId("share-row");
}

/** Clicks Revoke on the only (or first) link and answers the confirmation. */
export async function revokeFirstShare(page: Page, confirm: boolean): Promise<Locator> {
  await shareRows(page)
    .first()
    .getByRole("button", { name: /^Revoke the share link/ })
    .click();
  const dialog = page.getByRole("dialog", { name: "Revoke share link?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirm ? "Revoke link" : "Cancel" }).click();
  return dialog;
}

export async function createShare(page: Page, day: string): Promise<Locator> {
  await page.getByRole("button", { name: "Create share link" }).click();
  const dialog = page.getByRole("dialog", { name: "Create share link" });
  await dialog.getByLabel("Expires on").fill(day);
  await dialog.getByRole("button", { name: "Create link" }).click();
  return dialog;
}

/** The shares the emulator holds for the iTwin, as its organization administrator reads them. */
export async function sharesOnServer(request: APIRequestContext, iTwinId = DEFAULT_ITWIN_ID) {
  return (await emulator(request).actAsOk("admin", shareOperations.listShares, { iTwinId })).shares;
}

export async function shareOnServer(request: APIRequestContext, shareId: string, iTwinId = DEFAULT_ITWIN_ID) {
  return emulator(request).actAs("admin", shareOperations.getShare, { iTwinId, shareId });
}
