import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { clearOrgData } from "./clear-org-data";
import { openOrgDb, type CrawlMeta } from "./org-db";
import { deletePlan, listPlans, openPlanDb, readPlan, savePlan, saveProgress } from "./plan-db";
import type { Plan } from "./plan/plan";
import { emptyProgress } from "./plan/progress";

const plan = (id: string, createdAt: number): Plan => ({
  version: 1,
  id,
  kind: "offboard",
  title: `Offboard ${id}`,
  createdAt,
  lacking: [],
  itwins: [
    {
      iTwinId: "t1",
      iTwinName: "Bridge",
      changes: [{ id: "c1", kind: "removeOwner", selected: true, userId: "u1", email: "u1@example.com", roles: [] }],
    },
  ],
});

afterEach(() => clearOrgData());

describe("plan store", () => {
  it("keeps plans and their progress per user and organization, newest first", async () => {
    const mine = openPlanDb("ada", "riverbend");
    const theirs = openPlanDb("bob", "riverbend");
    await savePlan(mine, plan("p1", 1));
    await savePlan(mine, plan("p2", 2));
    await saveProgress(mine, { ...emptyProgress(plan("p1", 1), 3), status: "applying", changes: { c1: { state: "sending" } } });
    await savePlan(theirs, plan("p3", 3));

    const listed = await listPlans(mine);
    expect(listed.map((s) => s.plan.id)).toEqual(["p2", "p1"]);
    expect(listed[1]!.progress?.changes.c1?.state).toBe("sending");
    expect((await listPlans(theirs)).map((s) => s.plan.id)).toEqual(["p3"]);

    await deletePlan(mine, "p1");
    expect(await readPlan(mine, "p1")).toBeNull();
    mine.close();
    theirs.close();
  });

  it("skips a stored record that is not a plan instead of trusting it", async () => {
    const db = openPlanDb("ada", "riverbend");
    await db.plans.put({ id: "odd", createdAt: 5, plan: { version: 1, id: "odd", itwins: "nope" } });
    await savePlan(db, plan("p1", 1));
    expect((await listPlans(db)).map((s) => s.plan.id)).toEqual(["p1"]);
    expect(await readPlan(db, "odd")).toBeNull();
    db.close();
  });

  it("is deleted on sign-out together with the organization index", async () => {
    const plans = openPlanDb("ada", "riverbend");
    await savePlan(plans, plan("p1", 1));
    plans.close();
    const index = openOrgDb("ada", "riverbend");
    const crawled: CrawlMeta = { key: "crawl", listed: true, listedAt: 1, account: null };
    await index.meta.put(crawled);
    index.close();
    expect((await Dexie.getDatabaseNames()).length).toBe(2);

    await clearOrgData();
    expect(await Dexie.getDatabaseNames()).toEqual([]);
    const reopened = openPlanDb("ada", "riverbend");
    expect(await listPlans(reopened)).toEqual([]);
    reopened.close();
  });
});
