// Organization-wide plans on the `org-plans` preset (200 iTwins), once the index is crawled and read:
// - building and showing a plan of 5,000 changes (a person on every iTwin and in 24 of its groups):
//   from the click on "Offboard…" to the first frame showing the review with its changes;
// - offboarding a person from all 200 iTwins under the default budget, the emulator enforcing the same:
//   the requests sent against the fewest the API allows for it (per iTwin, the pre-apply check of the
//   member, then the removal as an Access Control job: its creation and one read of its state), and the
//   wall time against requests ÷ budget rate.
import type { Page } from "@playwright/test";
import { LEAVING_PERSON, ORG_PLANS_ITWINS, WIDE_PERSON } from "../../emulator/data/seed-org.ts";
import { operationOf } from "../requests.ts";
import { collectLog, DEFAULT_BUDGET, openSignedIn, setPageBudget, UNLIMITED, waitForComplete } from "./organization.ts";
import { emulator, lastRequestSeq, NotMeasurable, timeAction, type LoggedRequest } from "./support.ts";
import type { Browser } from "@playwright/test";

/** Changes in the plan of `WIDE_PERSON`: their membership and 24 groups on each iTwin. */
export const WIDE_PLAN_CHANGES = 5000;

export interface PlansResult {
  /** Click on "Offboard…" → the review of 5,000 changes painted (ms). */
  reviewMs?: number;
  offboard?: {
    requests: number;
    minimum: number;
    sent: Record<string, number>;
    needed: Record<string, number>;
    wallMs: number;
    expectedMs: number;
    budget: number;
    rateLimited: number;
  };
  errors: Partial<Record<"index" | "review" | "offboard", string>>;
}

const reason = (e: unknown) => (e instanceof NotMeasurable ? e.message : e instanceof Error ? e.message.split("\n")[0]! : String(e));
const nameOf = (p: { givenName: string; surname: string }) => `${p.givenName} ${p.surname}`;
const review = (p: { givenName: string; surname: string }) => `section[aria-label="Plan Offboard ${nameOf(p)}"]`;

async function pickPerson(page: Page, search: string, name: string): Promise<void> {
  await page.getByRole("tab", { name: "People" }).click();
  await page.getByLabel("Find a person by name or e-mail").fill(search);
  await page
    .getByRole("list", { name: /matches/ })
    .getByRole("button", { name: new RegExp(name) })
    .click();
  await page.getByRole("table", { name: `Access of ${name}` }).waitFor();
}

/** Every iTwin's facts are parsed (not only the rows and the people directory): the roles view answers. */
async function waitForFullIndex(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Roles and permissions" }).click();
  await page.getByLabel("Role name (exact)").fill("Reader");
  await page
    .getByTestId("holders-count")
    .filter({ hasText: /holdings on/ })
    .waitFor({ timeout: 120_000 });
}

export async function measurePlans(browser: Browser, origin: string, log: (line: string) => void): Promise<PlansResult> {
  const out: PlansResult = { errors: {} };
  const controls = emulator(origin);
  await controls.resetAll("org-plans");
  await controls.clearSettings();
  await controls.setSettings({ rateLimitPerMinute: 0 });
  const { context, page } = await openSignedIn(browser, origin);
  try {
    try {
      const started = Date.now();
      await setPageBudget(page, UNLIMITED);
      await waitForComplete(page, 10 * 60_000);
      await waitForFullIndex(page);
      log(`org-plans crawled and read in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } catch (e) {
      out.errors.index = `the index did not complete: ${reason(e)}`;
      return out;
    }

    try {
      const name = nameOf(WIDE_PERSON);
      await pickPerson(page, "gale.groups", name);
      const offboard = page.getByRole("button", { name: "Offboard…" });
      out.reviewMs = await timeAction(page, "click", { selector: `${review(WIDE_PERSON)} tr[data-state]` }, () => offboard.click(), 60_000);
      const title = await page.locator(`${review(WIDE_PERSON)} button`, { hasText: /^Apply / }).textContent();
      if (!title?.includes(`${WIDE_PLAN_CHANGES.toLocaleString("en-US")} changes`) && !title?.includes(`${WIDE_PLAN_CHANGES} changes`))
        throw new NotMeasurable(`the plan is not of ${WIDE_PLAN_CHANGES} changes: "${title ?? ""}"`);
    } catch (e) {
      out.errors.review = reason(e);
    }

    try {
      await controls.setSettings({ rateLimitPerMinute: DEFAULT_BUDGET });
      await setPageBudget(page, DEFAULT_BUDGET);
      const name = nameOf(LEAVING_PERSON);
      await pickPerson(page, "lee.leaving", name);
      await page.getByRole("button", { name: "Offboard…" }).click();
      const apply = page.locator(review(LEAVING_PERSON)).getByRole("button", { name: `Apply ${ORG_PLANS_ITWINS} changes` });
      await apply.waitFor({ timeout: 60_000 });
      const since = await lastRequestSeq(origin);
      const { log: requests } = await collectLog(origin, async () => {
        await apply.click();
        await page
          .getByTestId("plan-status")
          .filter({ hasText: new RegExp(`^Finished: ${ORG_PLANS_ITWINS} of ${ORG_PLANS_ITWINS} done`) })
          .waitFor({ timeout: 10 * 60_000 });
      });
      out.offboard = offboardFigures(requests.filter((r) => r.seq > since));
    } catch (e) {
      // Where it stood: the plan's status line says whether it stopped, failed or was still applying.
      const status = await page
        .getByTestId("plan-status")
        .textContent({ timeout: 1000 })
        .catch(() => null);
      out.errors.offboard = `${reason(e)}${status ? ` (status: ${status})` : ""}`;
    }
  } finally {
    await context.close().catch(() => undefined);
    await controls.clearSettings();
  }
  return out;
}

/** What applying sends: the pre-apply checks, the jobs (or single calls) and the reads of the jobs' state. */
const APPLY_OPERATIONS = new Set(["getUserMember", "removeUserMember", "createJob", "getJob", "getJobActions"]);

/**
 * The apply's requests: from the click to the last request of applying (once it finishes, the page reads
 * the iTwins it changed again; that crawl is not part of it).
 */
function offboardFigures(log: LoggedRequest[]): NonNullable<PlansResult["offboard"]> {
  const last = log.findLastIndex((r) => APPLY_OPERATIONS.has(operationOf(r)));
  const applied = log.slice(0, last + 1);
  const sent: Record<string, number> = {};
  for (const r of applied) sent[operationOf(r)] = (sent[operationOf(r)] ?? 0) + 1;
  // Per iTwin: the member read back before anything is sent, then the removal as a job (user changes go
  // as Access Control jobs): created, and its state read once it is done.
  const needed = { getUserMember: ORG_PLANS_ITWINS, createJob: ORG_PLANS_ITWINS, getJob: ORG_PLANS_ITWINS };
  const times = applied.map((r) => Date.parse(r.time));
  return {
    requests: applied.length,
    minimum: Object.values(needed).reduce((a, b) => a + b, 0),
    sent,
    needed,
    wallMs: times.length ? Math.max(...times) - Math.min(...times) : 0,
    expectedMs: (applied.length * 60_000) / DEFAULT_BUDGET,
    budget: DEFAULT_BUDGET,
    rateLimited: applied.filter((r) => r.status === 429).length,
  };
}
