// The organization administrator indexes every iTwin of the organization and asks it questions.
import { expect, test } from "@playwright/test";
import { signInAs, signOut } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import {
  compareWith,
  comparisonSummary,
  crawlStatus,
  downloadText,
  findPerson,
  incompleteNotice,
  indexedCount,
  indexedDbNames,
  itwinId,
  ORG_SMALL_ITWINS,
  openView,
  rolesRequestsByITwin,
  THREE_ROUTE_PERSON,
  waitForCompleteIndex,
} from "./support/organization";
/** iTwins the crawl reads at once (src/org/crawler.ts): at most these were in flight at the reload. */
const CONCURRENCY = 3;

const QUINN = `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`;

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, "org-small");
  await emulator(request).clearSettings();
});

test("a reload half-way resumes the crawl without asking again for iTwins already in, then finds a person's three routes and exports them", async ({
  page,
  request,
}) => {
  const controls = emulator(request);
  await controls.setFaults({ latencyMs: 150 });
  await signInAs(page, "admin", "/organization");
  const since = (await controls.state()).lastRequestSeq;
  await expect.poll(() => indexedCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
  const before = await indexedCount(page);
  expect(before).toBeLessThan(ORG_SMALL_ITWINS);
  await page.reload();
  await expect.poll(() => indexedCount(page)).toBeGreaterThanOrEqual(before);
  await waitForCompleteIndex(page);

  const log = (await controls.requests(since)).requests;
  const listings = log.filter((r) => /\/api\/itwins\?/.test(r.url));
  expect(listings.length).toBe(1);
  const counts = rolesRequestsByITwin(log);
  expect(counts.size).toBe(ORG_SMALL_ITWINS + 1); // every iTwin and the Account iTwin
  // Only the iTwins in flight at the reload (never one already stored) are asked twice.
  expect([...counts.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(CONCURRENCY);

  await openView(page, "People");
  const access = await findPerson(page, "threeways", QUINN);
  await expect(access.getByRole("row")).toHaveCount(4);
  await expect(access).toContainText("Reader (direct)");
  await expect(access).toContainText(/Contributor \(via group/);
  await expect(access).toContainText("Owner");
  const csv = await downloadText(page, () => page.getByRole("button", { name: "Export CSV" }).click());
  expect(csv).toContain(THREE_ROUTE_PERSON.email);
  expect(csv.trim().split("\r\n")).toHaveLength(4);
  expect(csv).toMatch(/Owner,owner/);
});

test("comparing two people side by side marks where they differ, and each person's access exports as JSON too", async ({ page }) => {
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "People");
  await findPerson(page, "threeways", QUINN);
  const json = JSON.parse(await downloadText(page, () => page.getByRole("button", { name: "Export JSON" }).click())) as Record<
    string,
    string
  >[];
  expect(json).toHaveLength(3);
  const roles = json.map((r) => r.role ?? "");
  expect(roles.some((r) => r.endsWith("Reader (direct)"))).toBe(true);
  expect(roles).toContain("Owner");
  expect(roles.some((r) => /Contributor \(via group /.test(r))).toBe(true);
  expect(json.every((r) => r.email === THREE_ROUTE_PERSON.email)).toBe(true);

  const { name, comparison } = await compareWith(page, "riverbend.example");
  expect(name).not.toBe(QUINN);
  await expect(comparisonSummary(page)).toContainText(/They differ on \d+ of \d+ iTwins/);
  const differing = comparison.locator("tbody tr[data-differs]");
  await expect(differing.first()).toContainText("differs");
  await expect(comparison).toContainText("· only here");
  const all = await comparison.locator("tbody tr").count();
  await page.getByLabel("Only differences").check();
  await expect(comparison.locator("tbody tr")).toHaveCount(await differing.count());
  const shownRows = await comparison.locator("tbody tr").count();
  expect(shownRows).toBeLessThanOrEqual(all);
  const exported = JSON.parse(
    await downloadText(page, () => page.getByRole("button", { name: "Export JSON (comparison)" }).click()),
  ) as Record<string, string>[];
  expect(exported).toHaveLength(shownRows);
  expect(exported.every((r) => r.Differs === "yes")).toBe(true);
  expect(Object.keys(exported[0]!)).toEqual(["iTwin", "iTwinId", QUINN, name, "Differs", `Only ${QUINN}`, `Only ${name}`]);
});

test("the organization administrator, a member of no iTwin, finds herself administering every iTwin of the organization and exports it", async ({
  page,
}) => {
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "People");
  await expect(page.getByText(/Only you can be shown as an organization administrator/)).toBeVisible();
  const access = await findPerson(page, "ada.admin@", "Ada Admin");
  const rows = access.locator("tbody tr");
  // Every iTwin the crawl listed, and the Account iTwin.
  await expect(rows).toHaveCount(ORG_SMALL_ITWINS + 1);
  for (const row of await rows.all()) {
    await expect(row).toContainText("Organization administrator");
    await expect(row).toContainText("Administration through Access Control and EDFS");
  }
  const csv = (await downloadText(page, () => page.getByRole("button", { name: "Export CSV" }).click())).trim().split("\r\n");
  expect(csv).toHaveLength(ORG_SMALL_ITWINS + 2);
  expect(csv.slice(1).every((line) => line.endsWith("Organization administrator,organization administrator"))).toBe(true);

  // Whom else the organization has as administrators the API does not say: nobody else is given the route.
  const quinn = await findPerson(page, "threeways", QUINN);
  await expect(quinn).not.toContainText("Organization administrator");
});

test("who holds a role across iTwins exports as CSV and JSON with the columns shown", async ({ page }) => {
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "Roles and permissions");
  await page.getByLabel("Role name (exact)").fill("project manager");
  const count = page.getByTestId("holders-count");
  await expect(count).toContainText(/^[1-9]\d* holdings on \d+ iTwins/);
  const holdings = Number(/^(\d+)/.exec((await count.textContent()) ?? "")![1]);
  const csv = await downloadText(page, () => page.getByRole("button", { name: "Export CSV" }).click());
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("Person,iTwin,Role,Through");
  expect(lines).toHaveLength(holdings + 1);
  const json = JSON.parse(await downloadText(page, () => page.getByRole("button", { name: "Export JSON" }).click())) as Record<
    string,
    string
  >[];
  expect(json).toHaveLength(holdings);
  expect(json.every((r) => r.Role === "Project Manager")).toBe(true);
  const table = page.getByRole("table", { name: "Holders" });
  const first = table.getByRole("row").nth(1);
  await expect(first).toContainText(json[0]!.Person!);
  await expect(first.getByRole("link")).toHaveAttribute("href", /\/itwins\/[^/]+\/members/);
});

test("a failing iTwin is reported by name and the index says it is incomplete until it is retried", async ({ page, request }) => {
  const controls = emulator(request);
  const failing = itwinId(5);
  await controls.failNext({ method: "GET", path: `/accesscontrol/itwins/${failing}/members/users`, status: 503, count: 3 });
  await signInAs(page, "admin", "/organization");
  await expect(crawlStatus(page)).toContainText("1 failed", { timeout: 60_000 });
  const warning = page.getByRole("alert").filter({ hasText: "Could not read" });
  await expect(warning).toContainText("(503");
  await expect(incompleteNotice(page)).toContainText("lacks 1 iTwin");
  await warning.getByRole("button", { name: "Retry failed" }).click();
  await waitForCompleteIndex(page);
  await expect(incompleteNotice(page)).toHaveCount(0);
});

test("under the per-minute budget the crawl completes, every 429 waited out and no request repeated except after a 429", async ({
  page,
  request,
}) => {
  const controls = emulator(request);
  // A crawl of this organization takes a little more than this many requests: the last ones hit the budget.
  await controls.setSettings({ rateLimitPerMinute: 72 });
  const since = (await controls.state()).lastRequestSeq;
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  const log = (await controls.requests(since)).requests.filter(
    (r) => r.url.includes("/api/accesscontrol/") || /\/api\/itwins\?/.test(r.url),
  );
  expect(log.some((r) => r.status === 429)).toBe(true);
  const byUrl = new Map<string, typeof log>();
  for (const r of log) byUrl.set(`${r.method} ${r.url}`, [...(byUrl.get(`${r.method} ${r.url}`) ?? []), r]);
  for (const [url, tries] of byUrl) {
    // Every attempt but the last was refused with 429, and the next came no sooner than its Retry-After (≥ 1 s).
    expect(
      tries.slice(0, -1).map((t) => t.status),
      url,
    ).toEqual(tries.slice(0, -1).map(() => 429));
    expect(tries.at(-1)!.status, url).toBe(200);
    for (let i = 1; i < tries.length; i++) expect(Date.parse(tries[i]!.time) - Date.parse(tries[i - 1]!.time)).toBeGreaterThanOrEqual(900);
  }
});

test("the iTwins table counts and flags every iTwin and exports what it shows", async ({ page }) => {
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "iTwins");
  await page.getByLabel("Filter iTwins (name, number, flag)").fill("public links");
  const shown = page.getByRole("table", { name: "iTwins of the organization" }).getByRole("row");
  // The filter applies as one types: count once every row shown (after the header) carries the flag.
  await expect(async () => {
    const texts = await shown.allInnerTexts();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.slice(1).every((t) => t.includes("public links"))).toBe(true);
  }).toPass();
  const rows = (await shown.count()) - 1;
  expect(rows).toBeGreaterThan(0);
  const json = JSON.parse(await downloadText(page, () => page.getByRole("button", { name: "Export JSON" }).click())) as { Flags: string }[];
  expect(json).toHaveLength(rows);
  expect(json.every((r) => r.Flags.includes("public links"))).toBe(true);
});

test("sign-out clears the index and the next user on the browser sees none of it", async ({ page }) => {
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  expect((await indexedDbNames(page)).some((n) => n.includes("a0000000-0000-4000-8000-000000000001"))).toBe(true);
  await signOut(page);
  await expect(page).toHaveURL(/signed-out/);
  expect((await indexedDbNames(page)).filter((n) => n.startsWith("itwin-access-org-index"))).toEqual([]);
  await signInAs(page, "manager", "/organization");
  await expect(crawlStatus(page)).toBeVisible();
  expect((await indexedDbNames(page)).some((n) => n.includes("a0000000-0000-4000-8000-000000000001"))).toBe(false);
});
