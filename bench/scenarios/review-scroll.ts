// Scrolling an access review's lines in Chromium: a review of about 100,000 lines (taken in Node from the
// `org` preset's index, as the model bench does) is imported on the Organization page of the running
// stack, then its lines are scrolled — long jumps across the whole list (each a fresh window of rows),
// then half a viewport a frame — while a PerformanceObserver records long tasks.
import type { Browser } from "@playwright/test";
import { ORGANIZATION } from "../../emulator/demo-users.ts";
import { createCampaign } from "../../src/org/review/create.ts";
import { exportReview } from "../../src/org/review/review-file.ts";
import { openSignedIn, waitForComplete } from "./organization.ts";
import { benchIndex, reviewer, thinned } from "./reviews.ts";

export interface ReviewScrollResult {
  lines: number;
  /** Long tasks over 100 ms while scrolling, and the longest task of any length. */
  longTasks: number;
  maxLongTaskMs: number;
  frames: number;
  durationMs: number;
}

/** Jumps across the whole list, then small steps: enough frames to judge, few enough for a shared machine. */
const JUMPS = 200;
const STEPS = 200;

function reviewFile(): { text: string; lines: number } {
  const { now, index: full } = benchIndex();
  // Every third member of each iTwin: about 100,000 lines, as the model bench's first set.
  const index = thinned(full);
  const campaign = createCampaign(index, {
    id: "bench-scroll",
    name: "Bench scroll",
    organizationId: ORGANIZATION,
    scope: { kind: "all" },
    reviewer,
    now,
  });
  return { text: exportReview({ campaign, decisions: new Map(), results: new Map() }, reviewer, now), lines: campaign.lines.length };
}

export async function measureReviewScroll(browser: Browser, origin: string): Promise<ReviewScrollResult> {
  const file = reviewFile();
  const { context, page } = await openSignedIn(browser, origin);
  try {
    // The tab is worked once the (small) index is read, as a reviewer finds it.
    await waitForComplete(page, 180_000);
    await page.getByRole("tab", { name: "Access reviews" }).click();
    await page.getByTestId("review-import-input").setInputFiles({
      name: "bench.review.json",
      mimeType: "application/json",
      buffer: Buffer.from(file.text),
    });
    await page.getByTestId("review-message").filter({ hasText: "Imported" }).waitFor({ timeout: 180_000 });
    await page.getByTestId("review-line").first().waitFor({ timeout: 60_000 });
    // Settled before measuring: the import's own work is not the scroll's.
    await page.waitForTimeout(1000);
    const result = (await page.evaluate(SCROLL_SCRIPT.replace(/JUMPS/g, String(JUMPS)).replace(/STEPS/g, String(STEPS)))) as Omit<
      ReviewScrollResult,
      "lines"
    >;
    return { lines: file.lines, ...result };
  } finally {
    await context.close();
  }
}

// A string, not a function: the bundler's helpers (e.g. __name) would not exist in the page.
const SCROLL_SCRIPT = `(async () => {
  const el = document.querySelector('table[aria-label="Review lines"]').parentElement;
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: "longtask" });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  el.scrollTop = 0;
  await frame();
  const started = performance.now();
  let frames = 0;
  const range = el.scrollHeight - el.clientHeight;
  for (let i = 1; i <= JUMPS; i++) { el.scrollTop = Math.round((range * ((i * 7919) % JUMPS)) / JUMPS); await frame(); frames += 1; }
  el.scrollTop = 0;
  const step = Math.max(100, Math.floor(el.clientHeight / 2));
  for (let i = 0; i < STEPS; i++) { el.scrollTop += step; await frame(); frames += 1; }
  await new Promise((r) => setTimeout(r, 200));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const during = tasks.filter((t) => t.startTime >= started);
  return {
    longTasks: during.filter((t) => t.duration > 100).length,
    maxLongTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0),
    frames,
    durationMs: performance.now() - started,
  };
})()`;
