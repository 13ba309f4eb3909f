// The organization page over the `org` preset (1,000 iTwins, 50,000 people):
// - a full crawl with the page's budget lifted (limited only by the few requests in flight): requests
//   sent against the fewest the API allows (one per page of each list, counted from the seeded data);
// - with that index in: person search (input → the match listed), picking the person (click → their
//   access across the organization shown), the iTwins table sorted and filtered, then a few reloads until
//   the index is usable again — the status says complete and a person search typed then lists its match
//   (the iTwins tab is opened too, timed beside it) — and the JS heap after a forced GC once every
//   iTwin's facts are read back;
// - the same crawl paced by the default budget on `org-small` (the emulator enforcing the same budget),
//   whose wall time is compared with requests ÷ budget rate; a full `org` crawl at 500 a minute would
//   take over a quarter of an hour.
import type { Browser, Page } from "@playwright/test";
import { seedOrgLarge, THREE_ROUTE_PERSON } from "../../emulator/data/seed-org.ts";
import { isAccount } from "../../emulator/data/store.ts";
import { operationOf } from "../requests.ts";
import { emulator, lastRequestSeq, newBenchContext, NotMeasurable, signIn, timeAction, type LoggedRequest } from "./support.ts";

const PAGE = 100;
/** Reloads timed: the median of these is the figure. */
const RELOADS = 3;
const STATUS = '[data-testid="crawl-status"]';
const CRAWL_OPERATIONS = new Set([
  "listITwins",
  "listRoles",
  "listUserMembers",
  "listGroupMembers",
  "listOwners",
  "listInvitations",
  "listGroups",
  "listShares",
]);
/** The default request budget of the page and of the emulator's budget mode (the usual tier). */
export const DEFAULT_BUDGET = 500;
export const UNLIMITED = 1_000_000;

export interface OrgCrawl {
  requests: number;
  minimum: number;
  /** Requests the page sent during the crawl that are not part of it (who am I, …). */
  others: Record<string, number>;
  /** By operation: what was sent beyond the minimum's share. */
  sent: Record<string, number>;
  needed: Record<string, number>;
  wallMs: number;
  rateLimited: number;
}

export interface OrgResult {
  crawl?: OrgCrawl;
  grants?: number;
  heapAfterCrawlMb?: number;
  heapMb?: number;
  search?: number;
  personAccess?: number;
  tableSort?: number;
  tableFilter?: number;
  /** Per reload: navigation start → the status says complete, and the search typed then (input → match painted). */
  reloadComplete?: number[];
  reloadSearch?: number[];
  /** Per reload: a click on the iTwins tab → the table listed. */
  reloadTable?: number[];
  budgeted?: OrgCrawl & { budget: number; expectedMs: number; preset: string };
  errors: Partial<Record<"crawl" | "search" | "table" | "reload" | "heap" | "budgeted", string>>;
}

const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));

/** The fewest requests a crawl of the seeded `org` organization needs, by operation. */
export function orgMinimum(): { needed: Record<string, number>; grants: number } {
  const store = seedOrgLarge();
  const needed: Record<string, number> = { listITwins: pages(store.itwins.size), listRoles: 0, listGroups: 0 };
  const add = (op: string, n: number) => (needed[op] = (needed[op] ?? 0) + n);
  let grants = 0;
  for (const t of store.itwins.values()) {
    add("listRoles", 1);
    if (isAccount(t)) {
      add("listGroups", pages(t.groups.size));
      add("listUserMembers", pages(t.userMembers.size));
      continue;
    }
    add("listUserMembers", pages(t.userMembers.size));
    add("listGroupMembers", pages(t.groupMembers.size));
    add("listOwners", pages(t.owners.length));
    add("listInvitations", pages(t.invitations.length));
    if (t.groupMembers.size > 0) add("listGroups", pages(t.groups.size));
    add("listShares", 1);
    for (const roles of t.userMembers.values()) grants += roles.length;
    for (const [groupId, roles] of t.groupMembers) grants += (t.groups.get(groupId)?.memberIds.length ?? 0) * roles.length;
    grants += t.owners.length;
  }
  return { needed, grants };
}

/** Reads the emulator's request log while `until` runs (it keeps only the last few thousand). */
export async function collectLog<T>(origin: string, until: () => Promise<T>): Promise<{ value: T; log: LoggedRequest[] }> {
  const controls = emulator(origin);
  let since = await lastRequestSeq(origin);
  const log: LoggedRequest[] = [];
  let done = false;
  const drain = async () => {
    const answer = await controls.requests(since);
    log.push(...answer.requests.filter((r) => r.seq > since));
    since = Math.max(since, answer.lastRequestSeq);
  };
  const poller = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 1500));
      await drain();
    }
  })();
  try {
    const value = await until();
    return { value, log };
  } finally {
    done = true;
    await poller;
    await drain();
  }
}

export function crawlFigures(log: LoggedRequest[], needed: Record<string, number>): OrgCrawl {
  const crawl = log.filter((r) => CRAWL_OPERATIONS.has(operationOf(r)));
  const sent: Record<string, number> = {};
  const others: Record<string, number> = {};
  for (const r of log) {
    const op = operationOf(r);
    const into = CRAWL_OPERATIONS.has(op) ? sent : others;
    into[op] = (into[op] ?? 0) + 1;
  }
  const times = crawl.map((r) => Date.parse(r.time));
  return {
    requests: crawl.length,
    minimum: Object.values(needed).reduce((a, b) => a + b, 0),
    others,
    sent,
    needed,
    wallMs: times.length ? Math.max(...times) - Math.min(...times) : 0,
    rateLimited: crawl.filter((r) => r.status === 429).length,
  };
}

export async function waitForComplete(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const text = document.querySelector(sel)?.textContent ?? "";
      if (/failed|cancelled/.test(text)) throw new Error(`the crawl stopped: ${text}`);
      return text.includes("complete");
    },
    STATUS,
    { timeout: timeoutMs, polling: 500 },
  );
}

export async function setPageBudget(page: Page, perMinute: number): Promise<void> {
  const field = page.getByLabel("Requests per minute");
  await field.waitFor({ timeout: 60_000 });
  await field.fill(String(perMinute));
  await field.blur();
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

const reason = (e: unknown) => (e instanceof NotMeasurable ? e.message : e instanceof Error ? e.message.split("\n")[0]! : String(e));

export async function openSignedIn(browser: Browser, origin: string) {
  const { context, page } = await newBenchContext(() =>
    browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 } }),
  );
  context.setDefaultTimeout(30_000);
  await page.goto(`${origin}/organization`);
  await signIn(page, "admin");
  return { context, page };
}

export async function measureOrganization(browser: Browser, origin: string, log: (line: string) => void): Promise<OrgResult> {
  const out: OrgResult = { errors: {} };
  const controls = emulator(origin);
  const { needed, grants } = orgMinimum();
  out.grants = grants;

  await controls.resetAll("org");
  await controls.clearSettings();
  // The `org` preset runs with the usual tier's budget; this crawl measures the page unhindered.
  await controls.setSettings({ rateLimitPerMinute: 0 });
  const { context, page } = await openSignedIn(browser, origin);
  try {
    try {
      const started = Date.now();
      const { log: requests } = await collectLog(origin, async () => {
        await setPageBudget(page, UNLIMITED);
        await waitForComplete(page, 20 * 60_000);
      });
      out.crawl = crawlFigures(requests, needed);
      log(`full crawl in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      out.heapAfterCrawlMb = await heapMb(page);
    } catch (e) {
      out.errors.crawl = `the crawl did not complete: ${reason(e)}`;
      return out;
    }

    const box = page.getByLabel("Find a person by name or e-mail");
    const matches = '[aria-label="Find a person by name or e-mail: matches"]';
    const name = `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`;

    try {
      out.search = await timeAction(page, "input", { selector: matches, text: name }, () => box.fill("threeways"));
      const pick = page.locator(matches).getByRole("button", { name: new RegExp(name) });
      out.personAccess = await timeAction(page, "click", { selector: `table[aria-label="Access of ${name}"] tbody tr` }, () =>
        pick.click(),
      );
    } catch (e) {
      out.errors.search = reason(e);
    }

    try {
      await page.getByRole("tab", { name: "iTwins" }).click();
      const table = page.getByRole("table", { name: "iTwins of the organization" });
      await table.locator("tbody tr").first().waitFor();
      const members = table.getByRole("button", { name: "Members", exact: true });
      out.tableSort = await timeAction(page, "click", { selector: 'th[aria-sort="ascending"]', text: "^Members" }, () => members.click());
      const filter = page.getByLabel("Filter iTwins (name, number, flag)");
      out.tableFilter = await timeAction(
        page,
        "input",
        { selector: '[data-testid="itwins-count"]', text: "^(?!1000 )\\d+ of 1000 iTwins" },
        () => filter.fill("single owner"),
      );
    } catch (e) {
      out.errors.table = reason(e);
    }

    try {
      for (let i = 0; i < RELOADS; i++) {
        await page.reload();
        const handle = await page.waitForFunction(
          (sel) => ((document.querySelector(sel)?.textContent ?? "").includes("complete") ? performance.now() : null),
          STATUS,
          { timeout: 60_000, polling: "raf" },
        );
        const complete = (await handle.jsonValue()) as number;
        // Usable means answering: a search typed the moment the status says complete lists its match.
        const search = await timeAction(page, "input", { selector: matches, text: name }, () => box.fill("threeways"));
        (out.reloadComplete ??= []).push(complete);
        (out.reloadSearch ??= []).push(search);
        const tab = page.getByRole("tab", { name: "iTwins" });
        const table = await timeAction(page, "click", { selector: '[data-testid="itwins-count"]', text: "of 1000 iTwins" }, () =>
          tab.click(),
        );
        (out.reloadTable ??= []).push(table);
      }
    } catch (e) {
      out.errors.reload = `the index did not come back after a reload: ${reason(e)}`;
    }
    try {
      // The heap with the full index: once every iTwin's facts are read back (a query on the Roles tab
      // says "Reading the index" until then).
      await page.getByRole("tab", { name: "Roles and permissions" }).click();
      await page.getByLabel("Role name (exact)").fill("no role of this name");
      await page
        .getByTestId("holders-count")
        .getByText(/^0 holdings/)
        .waitFor({ timeout: 120_000 });
      out.heapMb = await heapMb(page);
    } catch (e) {
      out.errors.heap = reason(e);
    }
  } finally {
    await context.close().catch(() => undefined);
  }

  await controls.resetAll("org-small");
  await controls.setSettings({ rateLimitPerMinute: DEFAULT_BUDGET });
  const budgeted = await openSignedIn(browser, origin);
  try {
    const { log: requests } = await collectLog(origin, () => waitForComplete(budgeted.page, 10 * 60_000));
    const figures = crawlFigures(requests, {});
    const crawlOnly = requests.filter((r) => CRAWL_OPERATIONS.has(operationOf(r)) && r.status !== 429).length;
    out.budgeted = {
      ...figures,
      minimum: crawlOnly,
      budget: DEFAULT_BUDGET,
      expectedMs: (figures.requests * 60_000) / DEFAULT_BUDGET,
      preset: "org-small",
    };
  } catch (e) {
    out.errors.budgeted = `the budgeted crawl did not complete: ${reason(e)}`;
  } finally {
    await budgeted.context.close().catch(() => undefined);
    await controls.clearSettings();
  }
  return out;
}
