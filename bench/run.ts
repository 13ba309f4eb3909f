// `npm run bench [-- --runs N --port P --only NAMES]`: builds the console and the floor, starts the local
// stack with the large preset, drives Chromium through the scenarios N times, then once through the
// organization scenario (the `org` preset), prints a table of medians (with min and max) against the
// targets, and writes the same figures to bench-results.json. `--only org` (or a comma-separated list of
// bundle, sign-in, tour, switch, matrix, users, org, plans, reviews) runs just those; `plans` (organization-wide
// plans on the `org-plans` preset) runs once, after the organization; `reviews` times the access review
// model in Node, then scrolls a review of about 100,000 lines in Chromium on the stack.
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.ts";
import { firstRouteJs, type BundleSize } from "./bundle-size.ts";
import { buildConsole, buildFloor } from "./floor.ts";
import { startStack, type Stack } from "./stack.ts";
import { summarize, type Summary } from "./stats.ts";
import { measureSignIn } from "./scenarios/sign-in.ts";
import { runTour } from "./scenarios/tour.ts";
import { measureITwinSwitch } from "./scenarios/itwin-switch.ts";
import { measureCellToggle, measureMatrixFirstPaint, measureMatrixScroll, network as matrixNetwork } from "./scenarios/matrix.ts";
import { measureUsers } from "./scenarios/users.ts";
import { measureOrganization, type OrgResult } from "./scenarios/organization.ts";
import { measureReviews, type ReviewsResult } from "./scenarios/reviews.ts";
import { measureReviewScroll } from "./scenarios/review-scroll.ts";
import { measurePlans, WIDE_PLAN_CHANGES, type PlansResult } from "./scenarios/plans.ts";
import {
  countTask,
  PAGE_SIZE,
  ROLES_NEEDS,
  SIGN_IN_NEEDS,
  SWITCH_NEEDS,
  taskLine,
  tourTask,
  USERS_FIRST_NEEDS,
  type TaskRequests,
} from "./requests.ts";
import { criticalPathLines, type Waterfall } from "./waterfall.ts";
import { lastRequestSeq, networkQuiet, newBenchContext, NotMeasurable, requestsSince, resetEmulator } from "./scenarios/support.ts";

const root = join(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "4304" },
    out: { type: "string", default: "bench-results.json" },
    chromium: { type: "string" },
    only: { type: "string" },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 3);
const SCENARIOS = ["bundle", "sign-in", "tour", "switch", "matrix", "users", "org", "plans", "reviews"] as const;
type ScenarioName = (typeof SCENARIOS)[number];
const only = args.only ? new Set(args.only.split(",").map((s) => s.trim())) : null;
for (const name of only ?? [])
  if (!SCENARIOS.includes(name as ScenarioName)) throw new Error(`--only: unknown scenario "${name}" (one of ${SCENARIOS.join(", ")})`);
const wanted = (name: ScenarioName) => !only || only.has(name);
/** The scenarios that need the large preset and a signed-in console (sign-in comes first for them all). */
const CONSOLE_SCENARIOS: ScenarioName[] = ["sign-in", "tour", "switch", "matrix", "users"];
/** Past this, remaining runs are skipped so the whole bench stays under 10 minutes. */
const BUDGET_MS = 8.5 * 60_000;
const benchStart = Date.now();

// ---- figures -----------------------------------------------------------------------------------

type Judge = "median" | "max";
interface FigureDef {
  key: string;
  label: string;
  unit: string;
  /** Upper bound; the figure is met when the judged value (median, or max for "never" targets) ≤ it. */
  target?: { max: number; text: string; judge: Judge };
  digits?: number;
}
interface Figure extends FigureDef {
  samples: number[];
  summary?: Summary;
  na?: string;
  status: "met" | "missed" | "info" | "n/a";
  detail?: unknown;
}

const defs: FigureDef[] = [
  { key: "firstRouteJsRaw", label: "First-route JS, raw", unit: "KB", digits: 1 },
  { key: "firstRouteJsGzip", label: "First-route JS, gzip", unit: "KB", digits: 1 },
  { key: "floorJsRaw", label: "Floor JS, raw", unit: "KB", digits: 1 },
  { key: "floorJsGzip", label: "Floor JS, gzip", unit: "KB", digits: 1 },
  {
    key: "firstRouteGzipVsFloor",
    label: "First-route gzip ÷ floor gzip",
    unit: "×",
    digits: 3,
    target: { max: 1.15, text: "≤ 1.15×", judge: "median" },
  },
  { key: "signInToMatrix", label: "Sign-in → roles matrix visible", unit: "ms", target: { max: 1000, text: "≤ 1000 ms", judge: "median" } },
  {
    key: "consoleBootToMatrix",
    label: "  console boot (first script) → matrix",
    unit: "ms",
    target: { max: 500, text: "≤ 500 ms", judge: "median" },
  },
  { key: "itwinSwitch", label: "Switch iTwin → matrix visible", unit: "ms", target: { max: 200, text: "≤ 200 ms", judge: "median" } },
  { key: "itwinSwitchBack", label: "  switch back to large iTwin (cached)", unit: "ms" },
  { key: "matrixFirstPaint", label: "Matrix first paint (320×400)", unit: "ms", target: { max: 500, text: "≤ 500 ms", judge: "median" } },
  { key: "matrixCellToggle", label: "Matrix cell toggle → paint", unit: "ms", target: { max: 100, text: "≤ 100 ms", judge: "median" } },
  { key: "matrixScrollLongTasks", label: "Matrix scroll: long tasks > 50 ms", unit: "count" },
  {
    key: "matrixScrollMaxLongTask",
    label: "Matrix scroll: longest task",
    unit: "ms",
    target: { max: 200, text: "none > 200 ms", judge: "max" },
  },
  {
    key: "usersFirstPage",
    label: "Users (20 000): first page visible",
    unit: "ms",
    target: { max: 250, text: "≤ 250 ms", judge: "median" },
  },
  { key: "usersAllLoaded", label: "Users: all loaded", unit: "ms" },
  { key: "usersAllLoadedRequests", label: "Users: requests to load all", unit: "count" },
  { key: "usersSearch", label: "Users: search over all → match shown", unit: "ms", target: { max: 50, text: "≤ 50 ms", judge: "median" } },
  { key: "duplicateGets", label: "Duplicate GETs during the tour", unit: "count", target: { max: 0, text: "0", judge: "max" } },
  { key: "heapAfterTour", label: "JS heap after the tour (after GC)", unit: "MB", digits: 1 },
  { key: "orgGrants", label: "Organization (org): grants in the index", unit: "count" },
  { key: "orgCrawlRequests", label: "Org: requests of a full crawl", unit: "count" },
  { key: "orgCrawlMinimum", label: "  the fewest the API allows (a page per list)", unit: "count" },
  {
    key: "orgCrawlRatio",
    label: "  full crawl requests ÷ minimum",
    unit: "×",
    digits: 3,
    target: { max: 1.05, text: "≤ 1.05×", judge: "max" },
  },
  { key: "orgCrawlMs", label: "  full crawl wall time, no budget (3 in flight)", unit: "s", digits: 1 },
  { key: "orgBudgetedMs", label: "Org-small crawl at 500/min: wall time", unit: "s", digits: 1 },
  { key: "orgBudgetedExpectedMs", label: "  requests ÷ budget rate", unit: "s", digits: 1 },
  {
    key: "orgBudgetedRatio",
    label: "  wall time ÷ (requests ÷ rate)",
    unit: "×",
    digits: 3,
    target: { max: 1.15, text: "≤ 1.15×", judge: "max" },
  },
  {
    key: "orgPersonSearch",
    label: "Org: person search → match listed",
    unit: "ms",
    target: { max: 50, text: "≤ 50 ms", judge: "median" },
  },
  {
    key: "orgPersonAccess",
    label: "Org: pick person → access everywhere shown",
    unit: "ms",
    target: { max: 50, text: "≤ 50 ms", judge: "median" },
  },
  { key: "orgTableSort", label: "Org: iTwins table sorted", unit: "ms", target: { max: 100, text: "≤ 100 ms", judge: "median" } },
  { key: "orgTableFilter", label: "Org: iTwins table filtered", unit: "ms", target: { max: 100, text: "≤ 100 ms", judge: "median" } },
  {
    key: "orgReloadUsable",
    label: "Org: reload → index usable (complete + a search answered)",
    unit: "ms",
    target: { max: 1000, text: "≤ 1000 ms", judge: "median" },
  },
  { key: "orgReloadComplete", label: "  navigation start → the status says complete", unit: "ms" },
  {
    key: "orgReloadSearch",
    label: "  then a person search → match listed",
    unit: "ms",
    target: { max: 50, text: "≤ 50 ms", judge: "median" },
  },
  { key: "orgReloadTable", label: "  then the iTwins tab → every iTwin listed", unit: "ms" },
  { key: "orgHeapAfterCrawl", label: "Org: JS heap at the end of the crawl (after GC)", unit: "MB", digits: 1 },
  {
    key: "orgHeap",
    label: "Org: JS heap with the full index (after GC)",
    unit: "MB",
    digits: 1,
    target: { max: 250, text: "≤ 250 MB", judge: "max" },
  },
  {
    key: "planReview",
    label: `Plans (org-plans): build + show a plan of ${WIDE_PLAN_CHANGES.toLocaleString("en-US")} changes`,
    unit: "ms",
    target: { max: 500, text: "≤ 500 ms", judge: "median" },
  },
  { key: "planOffboardRequests", label: "Plans: offboard from 200 iTwins, requests", unit: "count" },
  { key: "planOffboardMinimum", label: "  the fewest (per iTwin a check, a job and its state read)", unit: "count" },
  {
    key: "planOffboardRatio",
    label: "  requests ÷ minimum",
    unit: "×",
    digits: 3,
    target: { max: 1.1, text: "≤ 1.1×", judge: "max" },
  },
  { key: "planOffboardMs", label: "  wall time at 500/min", unit: "s", digits: 1 },
  { key: "planOffboardExpectedMs", label: "  requests ÷ budget rate", unit: "s", digits: 1 },
  {
    key: "planOffboardWallRatio",
    label: "  wall time ÷ (requests ÷ rate)",
    unit: "×",
    digits: 3,
    target: { max: 1.15, text: "≤ 1.15×", judge: "max" },
  },
  ...reviewDefs("100k", "100,000 lines"),
  ...reviewDefs("full", "org preset in full"),
  { key: "reviewScrollLines", label: "Reviews: lines scrolled in Chromium", unit: "count" },
  {
    key: "reviewScrollLongTasks",
    label: "  scrolling them: long tasks > 100 ms",
    unit: "count",
    target: { max: 0, text: "none", judge: "max" },
  },
  { key: "reviewScrollMaxLongTask", label: "  scrolling them: longest task", unit: "ms" },
];

/** The review figures of one data set: wall time as measured, and CPU time, judged, since the machine is shared. */
function reviewDefs(key: string, label: string): FigureDef[] {
  const judged = (max: number): FigureDef["target"] => ({ max, text: `≤ ${max} ms CPU`, judge: "median" });
  return [
    { key: `reviewLines_${key}`, label: `Reviews (${label}): lines over 1,000 iTwins`, unit: "count" },
    { key: `reviewGrants_${key}`, label: "  grants they cover", unit: "count" },
    { key: `reviewOpenCpu_${key}`, label: "  open a campaign from the index, CPU", unit: "ms", target: judged(1000) },
    { key: `reviewOpen_${key}`, label: "  open a campaign from the index, wall", unit: "ms" },
    { key: `reviewReopenCpu_${key}`, label: "  reopen (stored lines parsed, validated), CPU", unit: "ms", target: judged(1000) },
    { key: `reviewReopen_${key}`, label: "  reopen, wall", unit: "ms" },
    { key: `reviewBulkCpu_${key}`, label: "  bulk decision over 10,000 lines, CPU", unit: "ms", target: judged(200) },
    { key: `reviewBulk_${key}`, label: "  bulk decision, wall", unit: "ms" },
    { key: `reviewEvidence_${key}`, label: "  evidence table of every line, wall", unit: "ms" },
  ];
}

const samples = new Map<string, number[]>(defs.map((d) => [d.key, []]));
const failures = new Map<string, string[]>(defs.map((d) => [d.key, []]));
const details: Record<string, unknown> = {};
/** Requests per task, per run. */
const taskRuns: TaskRequests[][] = [];
/** The sign-in waterfall of each run, with that run's figure. */
const waterfalls: { run: number; ms: number; waterfall: Waterfall }[] = [];

const record = (key: string, value: number | undefined) => {
  if (value !== undefined && Number.isFinite(value)) samples.get(key)!.push(value);
};
const fail = (keys: string[], e: unknown) => {
  const text = e instanceof NotMeasurable ? e.message : e instanceof Error ? e.message.split("\n")[0]! : String(e);
  for (const key of keys) failures.get(key)!.push(text);
};

async function step(keys: string[], fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    fail(keys, e);
    return false;
  }
}

// ---- one run: a fresh browser context through every scenario ---------------------------------------

async function oneRun(browser: Browser, stack: Stack, run: number): Promise<void> {
  await resetEmulator(stack.origin, "large");
  const { context, page } = await newBenchContext(() =>
    browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 } }),
  );
  context.setDefaultTimeout(30_000);
  const tasks: TaskRequests[] = [];
  taskRuns.push(tasks);
  try {
    const seq = await lastRequestSeq(stack.origin);
    const signedIn = await step(["signInToMatrix", "consoleBootToMatrix"], async () => {
      const r = await measureSignIn(page, stack.origin);
      record("signInToMatrix", r.ms);
      record("consoleBootToMatrix", r.bootToMatrixMs);
      waterfalls.push({ run, ms: r.ms, waterfall: r.waterfall });
      ((details.signIn ??= []) as unknown[]).push({
        run,
        idpAndRedirectMs: Math.round(r.idpMs),
        consoleDocumentToMatrixMs: Math.round(r.consoleMs),
        ...(r.bootToMatrixMs !== undefined ? { consoleFirstScriptToMatrixMs: Math.round(r.bootToMatrixMs) } : {}),
      });
      await networkQuiet(page);
      tasks.push(countTask("sign-in → roles matrix", await requestsSince(stack.origin, seq), SIGN_IN_NEEDS));
    });
    const later = [
      "consoleBootToMatrix",
      "duplicateGets",
      "heapAfterTour",
      "itwinSwitch",
      "itwinSwitchBack",
      "matrixFirstPaint",
      "matrixCellToggle",
      "matrixScrollLongTasks",
      "matrixScrollMaxLongTask",
      "usersFirstPage",
      "usersAllLoaded",
      "usersAllLoadedRequests",
      "usersSearch",
    ];
    if (!signedIn) {
      fail(later, new NotMeasurable("sign-in failed"));
      return;
    }
    if (wanted("tour"))
      await step(["duplicateGets", "heapAfterTour"], async () => {
        const tourSeq = await lastRequestSeq(stack.origin);
        const tour = await runTour(context, page, stack.origin, seq);
        record("duplicateGets", tour.duplicateGets);
        tasks.push(tourTask(await requestsSince(stack.origin, tourSeq)));
        record("heapAfterTour", tour.heapMb);
        ((details.tour ??= []) as unknown[]).push({
          run,
          apiRequests: tour.apiRequests,
          duplicates: tour.duplicates,
          missingPages: tour.missing,
        });
      });
    if (wanted("switch"))
      await step(["itwinSwitch", "itwinSwitchBack"], async () => {
        await page.getByRole("tablist", { name: "Sections" }).getByRole("tab", { name: "Roles" }).click();
        const s = await measureITwinSwitch(page, stack.origin, run);
        record("itwinSwitch", s.toUncached);
        record("itwinSwitchBack", s.backToDefault);
        tasks.push(countTask("switch iTwin → matrix", s.requests, SWITCH_NEEDS));
      });
    const painted =
      !wanted("matrix") ||
      (await step(["matrixFirstPaint"], async () => {
        const p = await measureMatrixFirstPaint(page, stack.origin);
        record("matrixFirstPaint", p.ms);
        tasks.push(countTask("Roles tab → matrix (page loaded on Packages)", p.during, ROLES_NEEDS, p.before));
      }));
    if (!wanted("matrix")) {
      // not asked for
    } else if (painted) {
      await step(["matrixCellToggle"], async () => {
        const t = await measureCellToggle(page);
        record("matrixCellToggle", t.median);
        ((details.cellToggleSamples ??= []) as unknown[]).push(t.samples.map((s) => Math.round(s * 10) / 10));
      });
      await step(["matrixScrollLongTasks", "matrixScrollMaxLongTask"], async () => {
        const s = await measureMatrixScroll(page);
        record("matrixScrollLongTasks", s.longTasks);
        record("matrixScrollMaxLongTask", s.maxLongTaskMs);
        ((details.scroll ??= []) as unknown[]).push(s);
      });
    } else {
      fail(["matrixCellToggle", "matrixScrollLongTasks", "matrixScrollMaxLongTask"], new NotMeasurable("the matrix did not paint"));
    }
    if (wanted("users"))
      await step(["usersFirstPage", "usersAllLoaded", "usersAllLoadedRequests", "usersSearch"], async () => {
        const u = await measureUsers(page, stack.origin);
        record("usersFirstPage", u.firstPage);
        record("usersAllLoaded", u.allLoaded);
        record("usersAllLoadedRequests", u.allLoadedRequests);
        record("usersSearch", u.search);
        if (u.errors.firstPage) fail(["usersFirstPage"], new NotMeasurable(u.errors.firstPage));
        if (u.errors.allLoaded) fail(["usersAllLoaded", "usersAllLoadedRequests"], new NotMeasurable(u.errors.allLoaded));
        if (u.errors.search) fail(["usersSearch"], new NotMeasurable(u.errors.search));
        if (u.memberCount !== undefined) details.userMembers = u.memberCount;
        if (u.firstPageNetwork) ((details.usersFirstPageNetwork ??= []) as unknown[]).push(u.firstPageNetwork);
        const isUsersPage = (r: { method: string; url: string }) => r.method === "GET" && /\/members\/users(\?|$)/.test(r.url);
        if (u.firstPage !== undefined)
          tasks.push(countTask("Members tab → first users page", u.requests.firstPage, USERS_FIRST_NEEDS, u.requests.loaded));
        if (u.allLoaded !== undefined && u.memberCount !== undefined) {
          const pagesBefore = [...u.requests.loaded, ...u.requests.firstPage].filter(isUsersPage).length;
          const pages = Math.max(0, Math.ceil(u.memberCount / PAGE_SIZE) - pagesBefore);
          tasks.push(countTask(`load all ${u.memberCount} users ($top=${PAGE_SIZE})`, u.requests.allLoaded, { listUserMembers: pages }));
        }
        if (u.search !== undefined) tasks.push(countTask("search over all users", u.requests.search, {}));
      });
  } finally {
    await context.close().catch(() => undefined);
  }
}

function recordOrganization(o: OrgResult): void {
  details.organization = o;
  record("orgGrants", o.grants);
  if (o.crawl) {
    record("orgCrawlRequests", o.crawl.requests);
    record("orgCrawlMinimum", o.crawl.minimum);
    record("orgCrawlRatio", o.crawl.requests / o.crawl.minimum);
    record("orgCrawlMs", o.crawl.wallMs / 1000);
  }
  record("orgHeapAfterCrawl", o.heapAfterCrawlMb);
  record("orgPersonSearch", o.search);
  record("orgPersonAccess", o.personAccess);
  record("orgTableSort", o.tableSort);
  record("orgTableFilter", o.tableFilter);
  // Usable: the status says complete, then a search typed at that moment answers.
  (o.reloadComplete ?? []).forEach((ms, i) => record("orgReloadUsable", ms + (o.reloadSearch?.[i] ?? Number.NaN)));
  for (const ms of o.reloadComplete ?? []) record("orgReloadComplete", ms);
  for (const ms of o.reloadSearch ?? []) record("orgReloadSearch", ms);
  for (const ms of o.reloadTable ?? []) record("orgReloadTable", ms);
  record("orgHeap", o.heapMb);
  if (o.budgeted) {
    record("orgBudgetedMs", o.budgeted.wallMs / 1000);
    record("orgBudgetedExpectedMs", o.budgeted.expectedMs / 1000);
    record("orgBudgetedRatio", o.budgeted.wallMs / o.budgeted.expectedMs);
  }
  const e = o.errors;
  if (e.crawl)
    fail(["orgCrawlRequests", "orgCrawlMinimum", "orgCrawlRatio", "orgCrawlMs", "orgHeapAfterCrawl"], new NotMeasurable(e.crawl));
  const after = e.crawl ? new NotMeasurable(e.crawl) : null;
  const failOr = (keys: string[], text?: string) => (text ? fail(keys, new NotMeasurable(text)) : after && fail(keys, after));
  failOr(["orgPersonSearch", "orgPersonAccess"], e.search);
  failOr(["orgTableSort", "orgTableFilter"], e.table);
  failOr(["orgReloadUsable", "orgReloadComplete", "orgReloadSearch", "orgReloadTable"], e.reload);
  failOr(["orgHeap"], e.heap);
  if (e.budgeted) fail(["orgBudgetedMs", "orgBudgetedExpectedMs", "orgBudgetedRatio"], new NotMeasurable(e.budgeted));
}

function recordReviews(r: ReviewsResult): void {
  details.reviews = r;
  for (const [set, key] of r.sets.map((x, i) => [x, i === 0 ? "100k" : "full"] as const)) {
    record(`reviewLines_${key}`, set.lines);
    record(`reviewGrants_${key}`, set.grants);
    for (const s of set.open) {
      record(`reviewOpen_${key}`, s.wallMs);
      record(`reviewOpenCpu_${key}`, s.cpuMs);
    }
    for (const s of set.reopen) {
      record(`reviewReopen_${key}`, s.wallMs);
      record(`reviewReopenCpu_${key}`, s.cpuMs);
    }
    for (const s of set.bulk) {
      record(`reviewBulk_${key}`, s.wallMs);
      record(`reviewBulkCpu_${key}`, s.cpuMs);
    }
    for (const s of set.evidence) record(`reviewEvidence_${key}`, s.wallMs);
  }
}

function recordPlans(p: PlansResult): void {
  details.plans = p;
  record("planReview", p.reviewMs);
  if (p.offboard) {
    record("planOffboardRequests", p.offboard.requests);
    record("planOffboardMinimum", p.offboard.minimum);
    record("planOffboardRatio", p.offboard.requests / p.offboard.minimum);
    record("planOffboardMs", p.offboard.wallMs / 1000);
    record("planOffboardExpectedMs", p.offboard.expectedMs / 1000);
    record("planOffboardWallRatio", p.offboard.wallMs / p.offboard.expectedMs);
  }
  const offboardKeys = [
    "planOffboardRequests",
    "planOffboardMinimum",
    "planOffboardRatio",
    "planOffboardMs",
    "planOffboardExpectedMs",
    "planOffboardWallRatio",
  ];
  const { index, review, offboard } = p.errors;
  if (index) fail(["planReview", ...offboardKeys], new NotMeasurable(index));
  if (review) fail(["planReview"], new NotMeasurable(review));
  if (offboard) fail(offboardKeys, new NotMeasurable(offboard));
}

function printPlans(): void {
  const p = details.plans as PlansResult | undefined;
  if (!p?.offboard) return;
  const ops = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([op, n]) => `${op} ${n}`)
      .join(", ");
  const o = p.offboard;
  console.log(`Offboarding a person from 200 iTwins (org-plans, ${o.budget} requests/min, the emulator enforcing the same budget):`);
  console.log(`  sent ${o.requests} (${o.rateLimited} answered 429): ${ops(o.sent)}`);
  console.log(`  fewest ${o.minimum}: ${ops(o.needed)}`);
  console.log(`  wall time ${(o.wallMs / 1000).toFixed(1)} s, requests ÷ rate ${(o.expectedMs / 1000).toFixed(1)} s`);
  console.log();
}

function printOrganization(): void {
  const o = details.organization as OrgResult | undefined;
  if (!o) return;
  const ops = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([op, n]) => `${op} ${n}`)
      .join(", ");
  if (o.crawl) {
    console.log("Organization crawl (org preset, page budget lifted: only the few requests in flight limit it):");
    console.log(`  sent ${o.crawl.requests}: ${ops(o.crawl.sent)}`);
    console.log(`  fewest ${o.crawl.minimum}: ${ops(o.crawl.needed)}`);
    if (Object.keys(o.crawl.others).length) console.log(`  beside the crawl, the page asked: ${ops(o.crawl.others)}`);
  }
  if (o.budgeted)
    console.log(
      `Budgeted crawl: the ${o.budgeted.preset} preset in full at ${o.budgeted.budget} requests/min, the emulator enforcing the same budget ` +
        `(a full org crawl at that rate would take ~${Math.round(((o.crawl?.requests ?? 0) * 60) / o.budgeted.budget / 60)} min): ` +
        `${o.budgeted.requests} requests (${o.budgeted.rateLimited} answered 429) in ${(o.budgeted.wallMs / 1000).toFixed(1)} s, ` +
        `requests ÷ rate = ${(o.budgeted.expectedMs / 1000).toFixed(1)} s`,
    );
  console.log();
}

// ---- output -----------------------------------------------------------------------------------------

function finish(bundle: { console?: BundleSize; floor?: BundleSize; error?: string }): Figure[] {
  // With --only, the figures of scenarios not run are left out rather than shown as n/a.
  const shown = only ? defs.filter((d) => samples.get(d.key)!.length > 0 || failures.get(d.key)!.length > 0) : defs;
  return shown.map((def) => {
    const values = samples.get(def.key)!;
    if (values.length === 0) {
      const reasons = [...new Set(failures.get(def.key))];
      return { ...def, samples: [], status: "n/a", na: reasons[0] ?? bundle.error ?? "not measured" };
    }
    const summary = summarize(values);
    let status: Figure["status"] = "info";
    if (def.target) status = (def.target.judge === "max" ? summary.max : summary.median) <= def.target.max ? "met" : "missed";
    const failed = failures.get(def.key)!;
    return { ...def, samples: values, summary, status, ...(failed.length ? { detail: { failedRuns: failed } } : {}) };
  });
}

function figureJson(figures: Figure[]) {
  return Object.fromEntries(
    figures.map((f) => [
      f.key,
      {
        label: f.label,
        unit: f.unit,
        ...(f.summary
          ? { median: f.summary.median, min: f.summary.min, max: f.summary.max, samples: f.samples }
          : { value: `n/a (${f.na})` }),
        ...(f.target ? { target: f.target.text, targetMax: f.target.max, judgedOn: f.target.judge } : {}),
        status: f.status,
        ...(f.detail ? { detail: f.detail } : {}),
      },
    ]),
  );
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => {
    const d = f.digits ?? 0;
    const reason = f.na && f.na.length > 60 ? `${f.na.slice(0, 57)}…` : f.na;
    const value = f.summary ? `${fmt(f.summary.median, d)} ${f.unit}` : `n/a (${reason})`;
    const range = f.summary ? (f.summary.runs > 1 ? `${fmt(f.summary.min, d)} – ${fmt(f.summary.max, d)}` : "") : "";
    return [f.label, value, range, f.target?.text ?? "", f.status === "info" ? "" : f.status];
  });
  const head = ["Figure", "Median", "Min – max", "Target", "Status"];
  const widths = head.map((h, i) => Math.min(i === 1 ? 70 : 60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  console.log();
  console.log(line(head));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  console.log();
}

// ---- main -------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const port = Number(args.port);
  const kb = (n: number) => n / 1024;
  const bundle: { console?: BundleSize; floor?: BundleSize; error?: string } = {};

  if (wanted("reviews")) {
    console.log(`bench: access reviews (the model over the org preset's index)…`);
    try {
      recordReviews(measureReviews((l) => console.log(`bench:   ${l}`)));
    } catch (e) {
      fail(
        defs.filter((d) => d.key.startsWith("review")).map((d) => d.key),
        e,
      );
    }
  }
  // The reviews' scroll is measured in Chromium, on the stack.
  const needsStack = SCENARIOS.some((name) => name !== "bundle" && wanted(name));
  if (!needsStack && !wanted("bundle")) {
    const figures = finish(bundle);
    printTable(figures);
    const r = details.reviews as ReviewsResult | undefined;
    if (r)
      console.log(
        `Reviews measured with the machine's load at ${r.load.toFixed(1)} on ${r.cores} cores: wall times include waiting for a core.`,
      );
    writeFileSync(
      resolve(root, args.out!),
      JSON.stringify({ date: new Date().toISOString(), figures: figureJson(figures), details }, null, 2) + "\n",
    );
    return 0;
  }
  console.log(`bench: building the console and the floor…`);
  const consoleDist = await buildConsole();
  if (wanted("bundle")) {
    bundle.console = firstRouteJs(consoleDist);
    try {
      bundle.floor = firstRouteJs(await buildFloor());
    } catch (e) {
      bundle.error = `floor build failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
      fail(["floorJsRaw", "floorJsGzip", "firstRouteGzipVsFloor"], new NotMeasurable(bundle.error));
    }
    record("firstRouteJsRaw", kb(bundle.console.raw));
    record("firstRouteJsGzip", kb(bundle.console.gzip));
  }
  if (bundle.console && bundle.floor) {
    record("floorJsRaw", kb(bundle.floor.raw));
    record("floorJsGzip", kb(bundle.floor.gzip));
    record("firstRouteGzipVsFloor", bundle.console.gzip / bundle.floor.gzip);
  }

  const runConsole = CONSOLE_SCENARIOS.some(wanted);
  const preset = runConsole ? "large" : "org-small";
  console.log(`bench: starting the stack (preset ${preset}) on https://localhost:${port}…`);
  const stack = await startStack({ port, dist: consoleDist, preset });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: args.chromium ?? chromiumPath(),
      args: [...CHROMIUM_ARGS],
    });
    for (let run = 1; runConsole && run <= RUNS; run++) {
      if (Date.now() - benchStart > BUDGET_MS) {
        console.log(`bench: time budget spent; skipping runs ${run}–${RUNS}`);
        break;
      }
      const t = Date.now();
      process.stdout.write(`bench: run ${run}/${RUNS}… `);
      try {
        await oneRun(browser, stack, run);
      } catch (e) {
        fail(
          [...samples.keys()].filter((k) => !k.includes("Js") && k !== "firstRouteGzipVsFloor"),
          e,
        );
      }
      console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    if (wanted("org")) {
      // One pass: a full crawl of a thousand iTwins is minutes, not seconds.
      const t = Date.now();
      console.log(`bench: organization (org preset, one pass)…`);
      try {
        recordOrganization(await measureOrganization(browser, stack.origin, (l) => console.log(`bench:   ${l}`)));
      } catch (e) {
        fail(
          defs.filter((d) => d.key.startsWith("org")).map((d) => d.key),
          e,
        );
      }
      console.log(`bench: organization done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    if (wanted("plans")) {
      const t = Date.now();
      console.log(`bench: plans (org-plans preset, one pass)…`);
      try {
        recordPlans(await measurePlans(browser, stack.origin, (l) => console.log(`bench:   ${l}`)));
      } catch (e) {
        fail(
          defs.filter((d) => d.key.startsWith("plan")).map((d) => d.key),
          e,
        );
      }
      console.log(`bench: plans done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    if (wanted("reviews")) {
      console.log(`bench: access reviews, scrolling the lines in Chromium…`);
      try {
        const r = await measureReviewScroll(browser, stack.origin);
        details.reviewScroll = r;
        record("reviewScrollLines", r.lines);
        record("reviewScrollLongTasks", r.longTasks);
        record("reviewScrollMaxLongTask", r.maxLongTaskMs);
        console.log(
          `bench:   ${r.lines} lines, ${r.frames} frames in ${(r.durationMs / 1000).toFixed(1)} s: ${r.longTasks} long tasks > 100 ms, longest task ${r.maxLongTaskMs.toFixed(0)} ms`,
        );
      } catch (e) {
        fail(["reviewScrollLines", "reviewScrollLongTasks", "reviewScrollMaxLongTask"], e);
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await stack.stop();
  }

  const figures = finish(bundle);
  if (runConsole) details.matrixFirstPaintNetwork = matrixNetwork;
  printTable(figures);
  printOrganization();
  printPlans();
  const tours = (details.tour ?? []) as { run: number; duplicates: { url: string; afterSeconds: number; afterWrite: string | null }[] }[];
  for (const t of tours) {
    for (const d of t.duplicates)
      console.log(
        `  duplicate GET (run ${t.run}): ${d.url} again after ${d.afterSeconds.toFixed(1)} s${d.afterWrite ? ` (after ${d.afterWrite})` : ""}`,
      );
  }
  for (const s of (details.signIn ?? []) as {
    run: number;
    idpAndRedirectMs: number;
    consoleDocumentToMatrixMs: number;
    consoleFirstScriptToMatrixMs?: number;
  }[]) {
    console.log(
      `  sign-in (run ${s.run}): IdP + consent + redirect ${s.idpAndRedirectMs} ms, console document → matrix ${s.consoleDocumentToMatrixMs} ms, first script → matrix ${s.consoleFirstScriptToMatrixMs ?? "?"} ms`,
    );
  }
  // Requests per task: for each task, the run that sent the most beyond its minimum.
  const worst = new Map<string, TaskRequests>();
  for (const t of taskRuns.flat()) {
    const w = worst.get(t.task);
    if (!w || t.actual - t.minimum > w.actual - w.minimum) worst.set(t.task, t);
  }
  console.log();
  console.log("Requests per task (API requests sent vs the fewest the API allows; worst run):");
  for (const t of worst.values()) console.log(taskLine(t));
  if (worst.size === 0) console.log("  (no console scenario run)");
  // The critical path of the median sign-in.
  const sorted = [...waterfalls].sort((a, b) => a.ms - b.ms);
  const typical = sorted[Math.floor((sorted.length - 1) / 2)];
  if (typical) {
    console.log();
    console.log(
      `Sign-in critical path (run ${typical.run}, ${Math.round(typical.ms)} ms; ms from pressing Sign in; each step waited for the one above):`,
    );
    for (const l of criticalPathLines(typical.waterfall)) console.log(l);
  }
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    chromium: browser?.version() ?? null,
    platform: `${process.platform} ${process.arch}`,
  };
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    machine,
    figures: figureJson(figures),
    bundles: { console: bundle.console, floor: bundle.floor },
    requestsPerTask: taskRuns.map((tasks, i) => ({ run: i + 1, tasks })),
    signInWaterfall: waterfalls.map((w) => ({ run: w.run, signInToMatrixMs: Math.round(w.ms), ...w.waterfall })),
    details,
  };
  const outFile = resolve(root, args.out!);
  writeFileSync(outFile, JSON.stringify(result, null, 2) + "\n");
  console.log(
    `bench: ${machine.cores} cores, Node ${process.version}, Chromium ${machine.chromium}; ${((Date.now() - benchStart) / 1000).toFixed(0)} s; figures in ${args.out}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
