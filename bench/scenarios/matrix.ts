// The roles matrix of the large default iTwin (≥ 300 roles × ≥ 400 permissions):
// - first paint: from clicking the "Roles" section tab (cold query cache: the page was just loaded on
//   Packages) to the first frame with matrix cells;
// - cell toggle: from the click on a cell to the frame that shows it flipped (each cell toggled on and
//   back off, so nothing is left pending);
// - long tasks while scrolling it end to end: top → bottom, then left → right, half a viewport a frame.
import type { Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users.ts";
import { median } from "../stats.ts";
import {
  lastRequestSeq,
  MATRIX,
  MATRIX_CELL,
  networkQuiet,
  NotMeasurable,
  requestsSince,
  resourcesOfLastAction,
  timeAction,
  type LoggedRequest,
} from "./support.ts";

export interface ScrollResult {
  longTasks: number;
  maxLongTaskMs: number;
  frames: number;
  durationMs: number;
}

export async function openFreshOnPackages(page: Page, origin: string): Promise<void> {
  const quiet = networkQuiet(page, 500, 60_000);
  await page.goto(`${origin}/itwins/${DEFAULT_ITWIN_ID}/packages`);
  await page.getByTestId("user-menu-button").waitFor({ timeout: 30_000 });
  await quiet;
}

/** What each first paint fetched (for the report's "why"). */
export const network: unknown[] = [];

export interface FirstPaint {
  ms: number;
  /** The API requests of this page load before the click (what the cache held), and after it. */
  before: LoggedRequest[];
  during: LoggedRequest[];
}

export async function measureMatrixFirstPaint(page: Page, origin: string): Promise<FirstPaint> {
  const loaded = await lastRequestSeq(origin);
  await openFreshOnPackages(page, origin);
  const tab = page.getByRole("tablist", { name: "Sections" }).getByRole("tab", { name: "Roles" });
  const clicked = await lastRequestSeq(origin);
  const ms = await timeAction(page, "click", { selector: MATRIX_CELL }, () => tab.click(), 60_000);
  await networkQuiet(page);
  const log = await requestsSince(origin, loaded);
  network.push(await resourcesOfLastAction(page));
  const size = await page.locator(MATRIX).getAttribute("aria-rowcount").then(Number);
  const cols = await page.locator(MATRIX).getAttribute("aria-colcount").then(Number);
  if (cols - 1 < 300 && size - 1 < 300)
    throw new NotMeasurable(`the matrix is only ${size - 1} rows × ${cols - 1} columns (large preset not loaded?)`);
  return { ms, before: log.filter((r) => r.seq <= clicked), during: log.filter((r) => r.seq > clicked) };
}

/** Median over `pairs` cells, each toggled on and back; the page must show the matrix. */
export async function measureCellToggle(page: Page, pairs = 3): Promise<{ median: number; samples: number[] }> {
  const cells = page.locator(`${MATRIX} [data-kind="cell"]`);
  const count = await cells.count();
  if (count === 0) throw new NotMeasurable("no matrix cells on screen");
  const samples: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const cell = cells.nth(Math.min(count - 1, 7 + i * 13));
    const pos = await cell.getAttribute("data-pos");
    for (let flip = 0; flip < 2; flip++) {
      const target = page.locator(`${MATRIX} [data-pos="${pos}"]`);
      const was = (await target.getAttribute("aria-checked")) === "true";
      try {
        samples.push(
          await timeAction(
            page,
            "click",
            { selector: `${MATRIX} [data-pos="${pos}"][aria-checked="${!was}"]` },
            () => target.click(),
            5_000,
          ),
        );
      } catch (e) {
        throw e instanceof NotMeasurable ? new NotMeasurable("a cell click did not toggle it (matrix read-only?)") : e;
      }
    }
  }
  return { median: median(samples), samples };
}

export async function measureMatrixScroll(page: Page): Promise<ScrollResult> {
  await page.locator(MATRIX_CELL).first().waitFor({ timeout: 30_000 });
  // A string, not a function: the bundler's helpers (e.g. __name) would not exist in the page.
  return page.evaluate(SCROLL_SCRIPT.replace("SELECTOR", JSON.stringify(MATRIX))) as Promise<ScrollResult>;
}

const SCROLL_SCRIPT = `(async () => {
  const el = document.querySelector(SELECTOR);
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: "longtask" });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const started = performance.now();
  let frames = 0;
  el.scrollTop = 0;
  el.scrollLeft = 0;
  await frame();
  const stepY = Math.max(100, Math.floor(el.clientHeight / 2));
  for (let y = stepY; y < el.scrollHeight; y += stepY) { el.scrollTop = y; await frame(); frames += 1; }
  const stepX = Math.max(100, Math.floor(el.clientWidth / 2));
  for (let x = stepX; x < el.scrollWidth; x += stepX) { el.scrollLeft = x; await frame(); frames += 1; }
  await new Promise((r) => setTimeout(r, 200));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const during = tasks.filter((t) => t.startTime >= started);
  return { longTasks: during.length, maxLongTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0), frames, durationMs: performance.now() - started };
})()`;
