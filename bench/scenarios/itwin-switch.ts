// Switching iTwins from the app bar's picker (pasting the id, then choosing "Open iTwin …"): from the
// click on the option to the first frame with the new iTwin's matrix cells. Measured to an iTwin not yet
// in the cache, then back to the large default iTwin (its data cached; informational).
import type { Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users.ts";
import { itwinId } from "../../emulator/data/seed-builder.ts";
import {
  lastRequestSeq,
  MATRIX,
  MATRIX_CELL,
  networkQuiet,
  NotMeasurable,
  requestsSince,
  timeAction,
  type LoggedRequest,
} from "./support.ts";

async function switchTo(page: Page, origin: string, id: string): Promise<{ ms: number; requests: LoggedRequest[] }> {
  await page.locator(MATRIX_CELL).first().waitFor({ timeout: 30_000 });
  await networkQuiet(page);
  // Mark the matrix on screen, so only a newly mounted one ends the measurement.
  await page.evaluate((sel) => document.querySelectorAll(sel).forEach((el) => el.setAttribute("data-bench-old", "")), MATRIX);
  const picker = page.getByRole("combobox", { name: "iTwin" });
  await picker.click();
  await picker.fill(id);
  const option = page.getByRole("option", { name: new RegExp(`Open iTwin ${id}`) });
  try {
    await option.waitFor({ timeout: 10_000 });
  } catch {
    throw new NotMeasurable("the iTwin picker offered no 'Open iTwin <id>' option");
  }
  const seq = await lastRequestSeq(origin);
  const ms = await timeAction(page, "click", { selector: `${MATRIX}:not([data-bench-old]) [role="checkbox"]` }, () => option.click());
  await networkQuiet(page);
  return { ms, requests: await requestsSince(origin, seq) };
}

export async function measureITwinSwitch(
  page: Page,
  origin: string,
  run: number,
): Promise<{ toUncached: number; backToDefault: number; requests: LoggedRequest[] }> {
  // A different small iTwin each run, so none is cached server- or client-side from an earlier run.
  const uncached = await switchTo(page, origin, itwinId(2 + (run % 50)));
  const back = await switchTo(page, origin, DEFAULT_ITWIN_ID);
  return { toUncached: uncached.ms, backToDefault: back.ms, requests: uncached.requests };
}
