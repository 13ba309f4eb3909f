import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { clearOrgData } from "../clear-org-data";
import { decide, undecide } from "./decisions";
import { fixtureCampaign, NOW } from "./review-fixture";
import { deleteReview, listCampaigns, openReviewDb, readReview, saveCampaign, saveResults, saveReview, syncDecisions } from "./review-db";
import { openCampaign } from "./view";

const by = { id: "ada", name: "Ada Admin" };
const campaign = (id: string, createdAt = NOW) => fixtureCampaign(id, createdAt);

afterEach(() => clearOrgData());

describe("review store", () => {
  it("keeps campaigns, decisions and results per user and organization, and resumes them after a reload", async () => {
    const db = openReviewDb("ada", "riverbend");
    const c = campaign("c1");
    await saveCampaign(db, c);
    const view = openCampaign(c);
    const first = decide(view, new Map(), ["A|user|q|rd", "A|share|s1"], { verdict: "revoke", note: "not needed", by, at: NOW });
    await syncDecisions(db, c.id, new Map(), first);
    const second = undecide(decide(view, first, ["B|owner|q"], { verdict: "keep", by, at: NOW }), ["A|share|s1"]);
    await syncDecisions(db, c.id, first, second);
    await saveResults(db, c.id, [{ lineId: "A|user|q|rd", planId: "p1", outcome: "failed", message: "403: no permission", at: NOW }]);
    db.close();

    const again = openReviewDb("ada", "riverbend");
    const review = (await readReview(again, "c1"))!;
    expect(review.campaign).toEqual(c);
    expect([...review.decisions.values()]).toEqual([...second.values()]);
    expect(review.results.get("A|user|q|rd")?.message).toBe("403: no permission");
    expect((await listCampaigns(again)).map((h) => [h.id, h.lineCount, h.decided])).toEqual([["c1", c.lines.length, 2]]);
    expect(await readReview(openReviewDb("ben", "riverbend"), "c1")).toBeNull();
    expect(await readReview(openReviewDb("ada", "other"), "c1")).toBeNull();
  });

  it("lists newest first, skips a record of another shape, and deletes a review with its decisions", async () => {
    const db = openReviewDb("ada", "riverbend");
    await saveReview(db, { campaign: campaign("old", NOW - 10), decisions: new Map(), results: new Map() });
    await saveReview(db, { campaign: campaign("new", NOW), decisions: new Map(), results: new Map() });
    await db.campaigns.put({ id: "bad", createdAt: NOW + 1, header: { id: "bad" } });
    expect((await listCampaigns(db)).map((h) => h.id)).toEqual(["new", "old"]);
    expect(await readReview(db, "bad")).toBeNull();
    await deleteReview(db, "new");
    expect((await listCampaigns(db)).map((h) => h.id)).toEqual(["old"]);
    expect(await db.decisions.where("campaignId").equals("new").count()).toBe(0);
  });

  it("is deleted on sign-out with the rest of the organization's data", async () => {
    const db = openReviewDb("ada", "riverbend");
    await saveCampaign(db, campaign("c1"));
    db.close();
    await clearOrgData();
    expect((await Dexie.getDatabaseNames()).filter((n) => n.includes("reviews"))).toEqual([]);
  });
});

describe("review store, lines stored by an earlier version", () => {
  it("reads lines kept as a plain array of lines", async () => {
    const db = openReviewDb("ada", "riverbend");
    const c = campaign("c1");
    await saveCampaign(db, c);
    await db.lines.put({ id: "c1", json: JSON.stringify(c.lines) });
    expect((await readReview(db, "c1"))!.campaign).toEqual(c);
  });
});
