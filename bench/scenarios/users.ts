// The users tab of the Members page on the large default iTwin (≥ 20 000 user members):
// - first page: from clicking the "Members" section tab (cold cache) to the first frame with grid rows;
// - all loaded: from "Count all" to the frame showing the complete count, with the number of requests
//   the emulator saw for it;
// - search over all of them: from the input event (the whole query at once) to the frame where the
//   grid shows only the match.
import type { Page } from "@playwright/test";
import {
  lastRequestSeq,
  networkQuiet,
  NotMeasurable,
  requestsSince,
  resourcesOfLastAction,
  timeAction,
  type LoggedRequest,
} from "./support.ts";
import { openFreshOnPackages } from "./matrix.ts";

const USERS_PANEL = "#members-panel-users";
const GRID_ROW = `${USERS_PANEL} .MuiDataGrid-row[data-id]`;
const TOTAL = '[data-testid="users-total"]';
/** User 1 ("Grace Hopkins", the default iTwin's owner) has the one e-mail starting so. */
const SEARCH = "grace.hopkins@";

export interface UsersResult {
  firstPage?: number;
  allLoaded?: number;
  allLoadedRequests?: number;
  memberCount?: number;
  search?: number;
  firstPageNetwork?: unknown;
  /** API requests of the page load before the Members click, during the first page, loading all, searching. */
  requests: { loaded: LoggedRequest[]; firstPage: LoggedRequest[]; allLoaded: LoggedRequest[]; search: LoggedRequest[] };
  errors: Partial<Record<"firstPage" | "allLoaded" | "search", string>>;
}

const reason = (e: unknown) => (e instanceof NotMeasurable ? e.message : e instanceof Error ? e.message.split("\n")[0]! : String(e));

export async function measureUsers(page: Page, origin: string): Promise<UsersResult> {
  const out: UsersResult = { errors: {}, requests: { loaded: [], firstPage: [], allLoaded: [], search: [] } };
  const loaded = await lastRequestSeq(origin);
  await openFreshOnPackages(page, origin);
  const tab = page.getByRole("tablist", { name: "Sections" }).getByRole("tab", { name: "Members" });
  try {
    const clicked = await lastRequestSeq(origin);
    out.firstPage = await timeAction(page, "click", { selector: GRID_ROW }, () => tab.click(), 60_000);
    await networkQuiet(page);
    const log = await requestsSince(origin, loaded);
    out.requests.loaded = log.filter((r) => r.seq <= clicked);
    out.requests.firstPage = log.filter((r) => r.seq > clicked);
    out.firstPageNetwork = await resourcesOfLastAction(page);
  } catch (e) {
    out.errors.firstPage = `users grid rows never showed: ${reason(e)}`;
    out.errors.allLoaded = out.errors.search = "the users tab did not load";
    return out;
  }

  const countAll = page.locator(TOTAL).getByRole("button", { name: "Count all" });
  try {
    await countAll.waitFor({ timeout: 5_000 });
  } catch {
    out.errors.allLoaded = out.errors.search = "no 'Count all' button beside the users total";
    return out;
  }
  try {
    const seq = await lastRequestSeq(origin);
    out.allLoaded = await timeAction(page, "click", { selector: TOTAL, text: "^\\d+ members?$" }, () => countAll.click(), 180_000);
    await networkQuiet(page);
    const log = await requestsSince(origin, seq);
    out.requests.allLoaded = log;
    out.allLoadedRequests = log.filter((r) => r.method === "GET" && r.url.includes("/members/users")).length;
    out.memberCount = Number(((await page.locator(TOTAL).textContent()) ?? "").match(/^(\d+)/)?.[1] ?? NaN);
  } catch (e) {
    out.errors.allLoaded = out.errors.search = `loading every member failed: ${reason(e)}`;
    return out;
  }

  try {
    const box = page.getByLabel("Search members");
    const seq = await lastRequestSeq(origin);
    out.search = await timeAction(page, "input", { selector: TOTAL, text: "^\\d+ of " }, () => box.fill(SEARCH), 30_000);
    await networkQuiet(page);
    out.requests.search = await requestsSince(origin, seq);
    const shown = await page.locator(GRID_ROW).allTextContents();
    if (!shown.some((t) => t.includes(SEARCH))) throw new NotMeasurable(`the grid did not show ${SEARCH}…`);
  } catch (e) {
    out.errors.search = reason(e);
  }
  return out;
}
