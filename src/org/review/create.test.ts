import { describe, expect, it } from "vitest";
import { createCampaign, refreshCampaign, withSettings } from "./create";
import { defaultDomains } from "./hints";
import { NOW, person, reviewIndex } from "./review-fixture";

const reviewer = { id: "admin", name: "Ada Admin" };
const make = (scope: Parameters<typeof createCampaign>[1]["scope"] = { kind: "all" }) =>
  createCampaign(reviewIndex(), { id: "c1", name: "Q2 review", organizationId: "org", scope, reviewer, now: NOW });

describe("a review campaign taken from the organization index", () => {
  it("has one line per user or group per role per iTwin, per owner, invitation and share link, with stable ids", () => {
    const c = make();
    const ids = c.lines.map((l) => l.id);
    expect(ids).toEqual([
      "A|user|q|rd",
      "A|user|q|aud",
      "A|user|m|pm",
      "A|user|x",
      "A|owner|m",
      "A|share|s1",
      "B|user|m|rd",
      "B|user|gone|rd",
      "B|group|g1|pm",
      "B|group|g1|rd",
      "B|group|ag|aud",
      "B|owner|m",
      "B|owner|q",
      "B|invitation|old@corp.example",
      "B|invitation|new@corp.example",
      "B|share|s2",
    ]);
    expect(make().lines.map((l) => l.id)).toEqual(ids);
    expect(c.lacking).toEqual([{ id: "C", name: "Tunnel C" }]);
    expect(c.itwins.map((t) => [t.id, t.owners])).toEqual([
      ["A", 1],
      ["B", 2],
    ]);
    expect(c.reviewer).toEqual(reviewer);
    expect(c.snapshotAt).toBe(NOW);
  });

  it("keeps only the iTwins of its scope: chosen ids or a name filter", () => {
    expect(new Set(make({ kind: "itwins", ids: ["B"] }).lines.map((l) => l.iTwinId))).toEqual(new Set(["B"]));
    expect(make({ kind: "name", text: "tunnel" }).lines).toEqual([]);
    expect(make({ kind: "name", text: "tunnel" }).lacking).toEqual([{ id: "C", name: "Tunnel C" }]);
  });

  it("hints at what the index shows about each line", () => {
    const hints = Object.fromEntries(make().lines.map((l) => [l.id, l.hints]));
    expect(hints["A|user|q|rd"]).toEqual([]);
    expect(hints["A|user|q|aud"]).toEqual(["accountRole"]);
    expect(hints["A|user|m|pm"]).toEqual(["privileged"]);
    expect(hints["A|user|x"]).toEqual(["outsideDomain", "noRole"]);
    expect(hints["A|owner|m"]).toEqual(["singleOwner", "privileged"]);
    expect(hints["A|share|s1"]).toEqual(["anonymousLink"]);
    expect(hints["B|user|gone|rd"]).toEqual(["missingUser"]);
    // Team's people are members or owners of B themselves; Zoe of the Auditors reaches B only through them.
    expect(hints["B|group|g1|pm"]).toEqual(["privileged"]);
    expect(hints["B|group|ag|aud"]).toEqual(["accountRole", "onlyThroughGroup"]);
    expect(hints["B|owner|m"]).toEqual(["privileged"]);
    expect(hints["B|invitation|old@corp.example"]).toEqual(["expiredInvitation"]);
    expect(hints["B|invitation|new@corp.example"]).toEqual([]);
    expect(hints["B|share|s2"]).toEqual(["anonymousLink", "expiredLink"]);
    const g1 = make().lines.find((l) => l.id === "B|group|g1|pm")!;
    expect([g1.groupSize, g1.onlyThroughGroup]).toEqual([2, 0]);
  });

  it("takes the domains most users share as the organization's unless told, and hints again when they or the owner limit change", () => {
    expect(make().domains).toEqual(["corp.example"]);
    expect(defaultDomains(["a@x.com", "b@x.com", "c@y.com", "d@y.com", "e@z.com"])).toEqual(["x.com", "y.com"]);
    expect(defaultDomains(["solo@one.com"])).toEqual(["one.com"]);
    const c = withSettings(make(), { domains: ["partner.example"], maxOwners: 1 });
    const hints = Object.fromEntries(c.lines.map((l) => [l.id, l.hints]));
    expect(hints["A|user|x"]).toEqual(["noRole"]);
    expect(hints["A|user|q|rd"]).toEqual(["outsideDomain"]);
    expect(hints["B|owner|q"]).toContain("manyOwners");
    expect(hints["A|owner|m"]).not.toContain("manyOwners");
  });

  it("refreshed from a fresher index keeps the decisions whose grant is still there and lists the lines gone, with their decision", () => {
    const c = make();
    const by = reviewer;
    const decisions = new Map([
      ["A|user|q|rd", { lineId: "A|user|q|rd", verdict: "keep" as const, note: "", at: NOW, by }],
      ["B|user|gone|rd", { lineId: "B|user|gone|rd", verdict: "revoke" as const, note: "gone", at: NOW, by }],
    ]);
    const index = reviewIndex();
    index.itwins[1] = { ...index.itwins[1]!, users: [{ ...person("m", "Mia"), roleIds: ["rd"] }] };
    const r = refreshCampaign(c, index, decisions, NOW + 5);
    expect(r.campaign.snapshotAt).toBe(NOW + 5);
    expect([...r.decisions.keys()]).toEqual(["A|user|q|rd"]);
    expect(r.campaign.lines.some((l) => l.id === "B|user|gone|rd")).toBe(false);
    expect(r.campaign.gone).toEqual([
      { line: expect.objectContaining({ id: "B|user|gone|rd" }), decision: decisions.get("B|user|gone|rd"), since: NOW + 5 },
    ]);
    expect(() => refreshCampaign({ ...c, applications: [{ planId: "p", createdAt: NOW, changes: {} }] }, index, decisions)).toThrow(
      /applied already/,
    );
  });

  it("keeps the earlier lines of an iTwin the fresher index could not read, and the lines gone at an earlier refresh", () => {
    const c = make();
    const index = reviewIndex();
    index.itwins[1] = { ...index.itwins[1]!, users: [{ ...person("m", "Mia"), roleIds: ["rd"] }] };
    const once = refreshCampaign(c, index, new Map(), NOW + 5).campaign;
    const unreadB = reviewIndex();
    unreadB.itwins[1] = { ...unreadB.itwins[1]!, state: "failed", snapshotAt: null, error: "503" };
    unreadB.itwins[0] = { ...unreadB.itwins[0]!, shares: [] };
    const twice = refreshCampaign(once, unreadB, new Map(), NOW + 9).campaign;
    expect(twice.lines.filter((l) => l.iTwinId === "B")).toEqual(once.lines.filter((l) => l.iTwinId === "B"));
    expect(twice.lacking.map((t) => t.id)).toEqual(["C"]);
    expect(twice.gone!.map((g) => [g.line.id, g.since])).toEqual([
      ["B|user|gone|rd", NOW + 5],
      ["A|share|s1", NOW + 9],
    ]);
  });
});
