// A scripted tour of every page right after sign-in (roles, each members tab, packages, access insight,
// then roles and members again). Counts GETs repeated for the same URL within the cache's fresh time (30 s staleTime):
// each repeat is a request the query cache should have answered. Then the JS heap after a forced GC.
import type { BrowserContext, Page } from "@playwright/test";
import { MATRIX_CELL, networkQuiet, requestsSince, type LoggedRequest } from "./support.ts";

export const FRESH_MS = 30_000;

export interface TourResult {
  duplicateGets: number;
  duplicates: Duplicate[];
  apiRequests: number;
  heapMb: number;
  missing: string[];
}

const sectionTab = (page: Page, name: string) => page.getByRole("tablist", { name: "Sections" }).getByRole("tab", { name });
const membersTab = (page: Page, name: string) => page.getByRole("tablist", { name: "Member kinds" }).getByRole("tab", { name });

export interface Duplicate {
  url: string;
  /** Seconds after the previous identical GET. */
  afterSeconds: number;
  /** A write (POST/PATCH/PUT/DELETE) happened in between: likely a cache invalidation, not a miss. */
  afterWrite: string | null;
}

/** Every GET repeated for the same URL within `freshMs` of the previous one. */
export function findDuplicateGets(log: readonly LoggedRequest[], freshMs = FRESH_MS): Duplicate[] {
  const lastSeen = new Map<string, { at: number; index: number }>();
  const out: Duplicate[] = [];
  log.forEach((r, index) => {
    if (r.method !== "GET") return;
    const at = Date.parse(r.time);
    const previous = lastSeen.get(r.url);
    if (previous !== undefined && at - previous.at < freshMs) {
      const write = log.slice(previous.index + 1, index).find((w) => w.method !== "GET");
      out.push({ url: r.url, afterSeconds: (at - previous.at) / 1000, afterWrite: write ? `${write.method} ${write.url}` : null });
    }
    lastSeen.set(r.url, { at, index });
  });
  return out;
}

/** The page must already show the signed-in roles page; `sinceSeq` is the log position before sign-in. */
export async function runTour(context: BrowserContext, page: Page, origin: string, sinceSeq: number): Promise<TourResult> {
  const missing: string[] = [];
  const steps: { name: string; go: () => Promise<void>; ready: string }[] = [
    { name: "members: users", go: () => sectionTab(page, "Members").click(), ready: "#members-panel-users" },
    { name: "members: groups", go: () => membersTab(page, "Groups").click(), ready: "#members-panel-groups" },
    { name: "members: owners", go: () => membersTab(page, "Owners").click(), ready: "#members-panel-owners" },
    { name: "members: invitations", go: () => membersTab(page, "Invitations").click(), ready: "#members-panel-invitations" },
    { name: "packages", go: () => sectionTab(page, "Packages").click(), ready: "main h1" },
    // Reads the roles, members and groups the other pages read: any second cache entry shows as a duplicate.
    { name: "access insight", go: () => sectionTab(page, "Access insight").click(), ready: 'role=combobox[name="Member"]' },
    { name: "roles again", go: () => sectionTab(page, "Roles").click(), ready: MATRIX_CELL },
    { name: "members again", go: () => sectionTab(page, "Members").click(), ready: "#members-panel-users" },
  ];
  await networkQuiet(page);
  for (const step of steps) {
    try {
      const quiet = networkQuiet(page);
      await step.go();
      await page.locator(step.ready).first().waitFor({ timeout: 20_000 });
      await quiet;
    } catch (e) {
      missing.push(`${step.name}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
  }
  const log = await requestsSince(origin, sinceSeq);
  const duplicates = findDuplicateGets(log);

  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();

  return {
    duplicateGets: duplicates.length,
    duplicates,
    apiRequests: log.length,
    heapMb: usedSize / (1024 * 1024),
    missing,
  };
}
