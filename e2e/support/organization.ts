// The organization page: its crawl status, views and exports, as a person sees them.
import { expect, type Download, type Page } from "@playwright/test";
import { seedOrgSmall, THREE_ROUTE_PERSON } from "../../emulator/data/seed-org";
import { itwinId } from "../../emulator/data/seed-builder";
import type { LoggedRequest } from "../../emulator/api/control-client";

export { THREE_ROUTE_PERSON, itwinId };
export const ORG_SMALL_ITWINS = 12;

let orgSmall: ReturnType<typeof seedOrgSmall> | null = null;
/** The seeded name of the n-th iTwin of the org-small preset. */
export function orgSmallName(no: number): string {
  orgSmall ??= seedOrgSmall();
  return orgSmall.itwins.get(itwinId(no))!.displayName;
}

export const crawlStatus = (page: Page) => page.getByTestId("crawl-status");
export const incompleteNotice = (page: Page) => page.getByTestId("incomplete-notice");

/** How many iTwins the status line says are in. */
export async function indexedCount(page: Page): Promise<number> {
  const text = (await crawlStatus(page).textContent()) ?? "";
  return Number(/(\d+) of \d+ iTwins indexed/.exec(text)?.[1] ?? 0);
}

export async function waitForCompleteIndex(page: Page, total = ORG_SMALL_ITWINS) {
  await expect(crawlStatus(page)).toContainText(`${total} of ${total} iTwins indexed`, { timeout: 60_000 });
  await expect(crawlStatus(page)).toContainText("complete");
}

export async function openView(page: Page, name: "People" | "Roles and permissions" | "iTwins") {
  await page.getByRole("tab", { name }).click();
}

export async function findPerson(page: Page, text: string, name: string) {
  await page.getByLabel("Find a person by name or e-mail").fill(text);
  await page
    .getByRole("list", { name: /matches/ })
    .getByRole("button", { name: new RegExp(name) })
    .click();
  return page.getByRole("table", { name: `Access of ${name}` });
}

export async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return readDownload(download);
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Requests per iTwin's roles list (one per crawl of that iTwin). */
export function rolesRequestsByITwin(log: LoggedRequest[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of log) {
    const m = /\/accesscontrol\/itwins\/([^/]+)\/roles(?:\?|$)/.exec(r.url);
    if (m && r.method === "GET") counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  return counts;
}

export async function indexedDbNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ""));
}

/** Opens "Compare with someone" beside the chosen person and picks the first match for `text`. */
export async function compareWith(page: Page, text: string) {
  await page.getByRole("button", { name: "Compare with someone" }).click();
  await page.getByLabel("Compare with").fill(text);
  const match = page.getByRole("list", { name: "Compare with: matches" }).getByRole("button").first();
  const name = (await match.locator("bdi").first().textContent()) ?? "";
  await match.click();
  return { name, comparison: page.getByRole("table", { name: /^Comparison of / }) };
}

export const comparisonSummary = (page: Page) => page.getByTestId("comparison-summary");
