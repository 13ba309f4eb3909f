// Helpers for the resilience scenarios: the shell's section tabs, the Changes panel, and the emulator's
// request log read back to count what really reached the server.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { demoUser, type DemoUserKey } from "../../emulator/demo-users";
import { fillLoginForm } from "./auth";
import { groupOperations } from "../../src/api/operations/accesscontrol-groups";
import { memberOperations } from "../../src/api/operations/accesscontrol-members";
import type { LoggedRequest } from "../../emulator/api/control-client";
import { emulator } from "./emulator";

export type { LoggedRequest };

/** Moves between sections inside the app (no reload: the change log lives in memory). */
export async function openSection(page: Page, name: "Roles" | "Members" | "Packages" | "Access insight") {
  await page.getByRole("tablist", { name: "Sections" }).getByRole("tab", { name }).click();
}

/** Marks the loaded document, so a test can tell later that the page was never reloaded. */
export async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

export async function openPackage(page: Page, displayName: string) {
  await page.getByTestId("package-item").filter({ hasText: displayName }).click();
  await expect(page.getByRole("heading", { name: displayName })).toBeVisible();
}

export function changesButton(page: Page): Locator {
  return page.getByTestId("changes-button");
}

export async function openChanges(page: Page): Promise<Locator> {
  await changesButton(page).click();
  const panel = page.getByRole("dialog", { name: "Changes since sign-in" });
  await expect(panel).toBeVisible();
  return panel;
}

export async function closeChanges(page: Page) {
  await page.getByRole("button", { name: "Close changes" }).click();
  await expect(page.getByRole("dialog", { name: "Changes since sign-in" })).toBeHidden();
}

export function changeEntries(panel: Locator): Locator {
  return panel.getByTestId("change-entry");
}

/** Clicks Undo on the entry about `target`, confirms, and waits for the new entry. */
export async function undoChange(page: Page, panel: Locator, target: string) {
  await changeEntries(panel).filter({ hasText: target }).getByRole("button", { name: /^Undo/ }).first().click();
  const confirm = page.getByRole("dialog", { name: "Undo this change?" });
  await confirm.getByRole("button", { name: "Undo change" }).click();
  await expect(confirm).toBeHidden();
}

export async function requestLog(request: APIRequestContext, since = 0): Promise<LoggedRequest[]> {
  return (await emulator(request).requests(since)).requests;
}

export async function lastRequestSeq(request: APIRequestContext): Promise<number> {
  return (await emulator(request).state()).lastRequestSeq;
}

/** The requests with this method whose URL matches, split by outcome. */
export function outcomes(log: readonly LoggedRequest[], method: string, url: RegExp) {
  const matching = log.filter((r) => r.method === method && url.test(r.url));
  return {
    succeeded: matching.filter((r) => r.status >= 200 && r.status <= 299).length,
    rateLimited: matching.filter((r) => r.status === 429).length,
    unauthorized: matching.filter((r) => r.status === 401).length,
    all: matching.length,
  };
}

/** Drops MSAL's refresh tokens from sessionStorage, so the next renewal cannot be silent. */
export async function forgetRefreshTokens(page: Page) {
  const removed = await page.evaluate(() => {
    const keys = Object.keys(sessionStorage).filter((k) => k.includes("|refreshtoken|"));
    keys.forEach((k) => sessionStorage.removeItem(k));
    return keys.length;
  });
  expect(removed).toBeGreaterThan(0);
}

/** The "Session expired" prompt: a dialog above any open editor (a banner after "Later"). */
export function sessionExpiredBanner(page: Page): Locator {
  return page
    .getByRole("dialog", { name: "Session expired — sign in again" })
    .or(page.getByTestId("session-expired-banner").getByRole("alert"));
}

/** Clicks "Sign in again" and completes the identity provider's pages in the popup it opens. */
export async function signInAgainInPopup(page: Page, who: DemoUserKey): Promise<Page> {
  const user = demoUser(who);
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    sessionExpiredBanner(page).getByRole("button", { name: "Sign in again" }).click(),
  ]);
  await expect(popup.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await fillLoginForm(popup, user.email, user.password);
  const allow = popup.getByRole("button", { name: "Allow" });
  // The popup closes by itself once the answer reached the console; consent may be asked first.
  await Promise.race([allow.waitFor({ state: "visible" }).then(() => allow.click()), popup.waitForEvent("close")]).catch(() => undefined);
  return popup;
}

// ---- hostile names: server text that looks like markup must stay text ------------------------

/** Creates an access-control group and makes it a group member of the iTwin with these roles (as the org admin). */
export async function addGroupMemberAs(
  request: APIRequestContext,
  iTwinId: string,
  name: string,
  description: string,
  roleIds: string[],
): Promise<string> {
  const controls = emulator(request);
  const { group } = await controls.actAsOk("admin", groupOperations.createGroup, { iTwinId }, { body: { name, description } });
  const body = { members: [{ groupId: group.id, roleIds }] };
  await controls.actAsOk("admin", memberOperations.addGroupMembers, { iTwinId }, { body });
  return group.id;
}

/** What an injected script would have set; undefined while nothing ran. */
export async function pwnedMarker(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/** The Groups tab's row of one group. */
export function groupRow(page: Page, text: string): Locator {
  return page.getByRole("row").filter({ hasText: text });
}
