// Sign-in → roles matrix visible: from pressing "Sign in" on the IdP's form (consenting at once when
// asked) to the first frame painted with matrix cells, on a deep link to the default iTwin's roles.
// The waterfall of that stretch (every request, chunk and boot mark) comes with it.
import type { Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users.ts";
import { recordWaterfall, type Waterfall } from "../waterfall.ts";
import { matrixPaintEpoch, NotMeasurable, signIn } from "./support.ts";

export interface SignInResult {
  ms: number;
  /** Sign-in click → the console's document starts loading again (IdP, consent, redirect). */
  idpMs: number;
  /** That document's start → matrix painted (console boot, token, API calls, render). */
  consoleMs: number;
  /** The console's first script requested → matrix painted. */
  bootToMatrixMs?: number;
  waterfall: Waterfall;
}

export async function measureSignIn(page: Page, origin: string): Promise<SignInResult> {
  await page.goto(`${origin}/itwins/${DEFAULT_ITWIN_ID}/roles`);
  await page.getByLabel("Email").waitFor({ timeout: 30_000 });
  const recorder = await recordWaterfall(page);
  const start = await signIn(page, "admin");
  let painted: number;
  try {
    painted = await matrixPaintEpoch(page, 60_000);
  } catch {
    throw new NotMeasurable("signed in, but the roles matrix never appeared");
  }
  const documentStart = await page.evaluate(() => performance.timeOrigin);
  const waterfall = await recorder.finish(start, painted);
  const ms = painted - start;
  return {
    ms,
    idpMs: documentStart - start,
    consoleMs: painted - documentStart,
    ...(waterfall.consoleFirstScript !== undefined ? { bootToMatrixMs: ms - waterfall.consoleFirstScript } : {}),
    waterfall,
  };
}
