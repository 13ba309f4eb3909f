import { describe, expect, it } from "vitest";
import { createCampaign } from "./create";
import { decide } from "./decisions";
import { NOW, reviewIndex } from "./review-fixture";
import { exportReview, importReview, reviewFileName } from "./review-file";
import { openCampaign } from "./view";

const ada = { id: "ada", name: "Ada Admin" };
const campaign = createCampaign(reviewIndex(), {
  id: "c1",
  name: "Q2 / Bridges",
  organizationId: "riverbend",
  scope: { kind: "all" },
  reviewer: ada,
  now: NOW,
});
const decisions = decide(openCampaign(campaign), new Map(), ["A|user|q|rd"], { verdict: "revoke", note: "left", by: ada, at: NOW });
const review = { campaign, decisions, results: new Map() };

describe("review files", () => {
  it("round-trips a review for another administrator of the same organization", () => {
    const text = exportReview(review, ada, NOW + 1);
    const back = importReview(text, "riverbend");
    expect(back).toMatchObject({ ok: true, exportedBy: ada, exportedAt: NOW + 1 });
    if (!back.ok) throw new Error(back.error);
    expect(back.review.campaign).toEqual(campaign);
    expect([...back.review.decisions.values()]).toEqual([...decisions.values()]);
    expect(reviewFileName(review)).toBe("Q2-Bridges.review.json");
  });

  it("reads a file back with equal texts held once: roles of the same permissions on two iTwins share one list", () => {
    const back = importReview(exportReview(review, ada, NOW), "riverbend");
    if (!back.ok) throw new Error(back.error);
    const reader = (iTwinId: string) => back.review.campaign.itwins.find((t) => t.id === iTwinId)!.roles.find((r) => r.id === "rd")!;
    expect(reader("A").permissions).toEqual(["imodels_read"]);
    expect(reader("A").permissions).toBe(reader("B").permissions);
  });

  it("refuses a file of another organization, not a review, damaged, or deciding on lines it lacks, saying why", () => {
    expect(importReview(exportReview(review, ada), "elsewhere")).toEqual({
      ok: false,
      error: "This review belongs to another organization (riverbend): it can only be imported by an administrator of that organization.",
    });
    expect(importReview("not json", "riverbend")).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(importReview(JSON.stringify({ plan: 1 }), "riverbend")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not an access review/),
    });
    const damaged = JSON.parse(exportReview(review, ada));
    damaged.campaign.lines[0].kind = "robot";
    expect(importReview(JSON.stringify(damaged), "riverbend")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/damaged or of another version \(at campaign\.lines\.0\.kind\)/),
    });
    const stray = JSON.parse(exportReview(review, ada));
    stray.decisions[0].lineId = "Z|user|nobody";
    expect(importReview(JSON.stringify(stray), "riverbend")).toMatchObject({ ok: false, error: expect.stringMatching(/Z\|user\|nobody/) });
  });
});
