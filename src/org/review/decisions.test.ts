import { describe, expect, it } from "vitest";
import { createCampaign } from "./create";
import { decide, decideWhere, progressOf, undecide, withNote } from "./decisions";
import { NOW, reviewIndex } from "./review-fixture";
import { describeTakenAway, filterLines, openCampaign, takenAway } from "./view";

const by = { id: "admin", name: "Ada Admin" };
const view = openCampaign(
  createCampaign(reviewIndex(), { id: "c1", name: "Q2", organizationId: "org", scope: { kind: "all" }, reviewer: by, now: NOW }),
);

describe("review decisions", () => {
  it("keeps or revokes chosen lines with a note, time and reviewer, ignoring ids not in the campaign", () => {
    const d = decide(view, new Map(), ["A|user|q|rd", "nope"], { verdict: "revoke", note: " left the team ", by, at: NOW + 1 });
    expect([...d.values()]).toEqual([{ lineId: "A|user|q|rd", verdict: "revoke", note: "left the team", at: NOW + 1, by }]);
    const noted = withNote(d, "A|user|q|rd", "moved to B", NOW + 2);
    expect(noted.get("A|user|q|rd")).toMatchObject({ verdict: "revoke", note: "moved to B", at: NOW + 2 });
    expect(d.get("A|user|q|rd")!.note).toBe("left the team");
    expect(undecide(noted, ["A|user|q|rd"]).size).toBe(0);
  });

  it("decides in bulk by hint, group, iTwin, role or decision state", () => {
    const missing = decideWhere(view, new Map(), { hints: ["missingUser"] }, { verdict: "revoke", by, at: NOW });
    expect([...missing.decisions.keys()]).toEqual(["B|user|gone|rd"]);
    const group = decideWhere(view, missing.decisions, { subjectId: "g1" }, { verdict: "keep", by, at: NOW });
    expect(group.count).toBe(2);
    const rest = decideWhere(view, group.decisions, { iTwinIds: ["A"], state: "undecided", roleName: "reader" }, { verdict: "keep", by });
    expect(rest.count).toBe(1);
    expect(filterLines(view, { state: "decided" }, rest.decisions).map((l) => l.id)).toEqual([
      "A|user|q|rd",
      "B|user|gone|rd",
      "B|group|g1|pm",
      "B|group|g1|rd",
    ]);
    expect(filterLines(view, { text: "quinn", kinds: ["owner"] }, rest.decisions).map((l) => l.id)).toEqual(["B|owner|q"]);
    expect(filterLines(view, { state: "revoke" }, rest.decisions).map((l) => l.id)).toEqual(["B|user|gone|rd"]);
  });

  it("counts progress overall and per iTwin", () => {
    const d = decideWhere(view, new Map(), { iTwinIds: ["A"] }, { verdict: "keep", by }).decisions;
    const p = progressOf(view, decide(view, d, ["B|share|s2"], { verdict: "revoke", by }));
    expect(p.overall).toEqual({ lines: 16, kept: 6, revoked: 1, undecided: 9 });
    expect(p.byITwin.get("A")).toEqual({ lines: 6, kept: 6, revoked: 0, undecided: 0 });
    expect(p.byITwin.get("B")).toEqual({ lines: 10, kept: 0, revoked: 1, undecided: 9 });
  });

  it("tells what a revocation would take away: the role's permissions, ownership's everything, an invitation, a link", () => {
    const line = (id: string) => view.byId.get(id)!;
    expect(takenAway(view, line("A|user|m|pm"))).toEqual({
      kind: "permissions",
      role: "Project Manager",
      permissions: ["administration_manage_roles", "imodels_read"],
      people: 1,
    });
    expect(describeTakenAway(takenAway(view, line("B|group|g1|rd")))).toBe("Reader: imodels_read for 2 people");
    expect(takenAway(view, line("B|owner|m"))).toEqual({ kind: "all" });
    expect(describeTakenAway(takenAway(view, line("B|invitation|old@corp.example")))).toBe("The pending invitation of Old@corp.example");
    expect(takenAway(view, line("A|share|s1"))).toEqual({ kind: "link" });
    expect(describeTakenAway(takenAway(view, line("A|user|x")))).toBe("Membership without a role");
  });
});
