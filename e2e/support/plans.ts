// Organization-wide plans as a person works them: offboard someone from the People view, review, apply,
// resume, retry; and what the emulator then holds for that person.
import { expect, type Page } from "@playwright/test";
import type { EmulatorControls, LoggedRequest } from "../../emulator/api/control-client";
import { groupOperations } from "../../src/api/operations/accesscontrol-groups";
import { memberOperations } from "../../src/api/operations/accesscontrol-members";

export const planStatus = (page: Page) => page.getByTestId("plan-status");
export const onlyOwnerCallout = (page: Page) => page.getByTestId("only-owner-callout");
/** The plan's change rows in one state ("kept" for those not chosen). */
export const changeRows = (page: Page, state: string) => page.locator(`tr[data-state="${state}"]`);

export async function openPlans(page: Page) {
  await page.getByRole("tab", { name: "Plans" }).click();
}

/** Presses a button from the keyboard: focus, then Enter. */
export async function pressButton(page: Page, name: string | RegExp) {
  const button = page.getByRole("button", { name });
  await button.focus();
  await page.keyboard.press("Enter");
}

/** Where the person still has access on one iTwin, as the emulator holds it. */
export async function accessLeft(controls: EmulatorControls, iTwinId: string, userId: string) {
  const users = await controls.actAsOk("admin", memberOperations.listUserMembers, { iTwinId }, { query: { $top: 1000 } });
  const owners = await controls.actAsOk("admin", memberOperations.listOwners, { iTwinId }, { query: { $top: 1000 } });
  const groups = await controls.actAsOk("admin", groupOperations.listGroups, { iTwinId }, { query: { $top: 1000 } });
  return {
    member: users.members.some((m) => m.id === userId),
    owner: owners.members.some((o) => o.id === userId),
    groups: groups.groups.filter((g) => g.members.some((m) => (m.userId ?? m.id) === userId)).map((g) => g.name),
  };
}

/** Changes the server processed (not refused with 429) more than once: method + URL, with how often. */
export function changesSentTwice(log: LoggedRequest[]): string[] {
  const counts = new Map<string, number>();
  for (const r of log) {
    if (r.method === "GET" || !r.url.includes("/api/accesscontrol/") || r.status === 429) continue;
    const key = `${r.method} ${r.url}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`);
}

export async function waitForPlanToFinish(page: Page) {
  await expect(planStatus(page)).toContainText(/^(Finished|Stopped)/, { timeout: 120_000 });
}
