import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { installMswServer, server } from "../../test/msw";
import { API, fakeAccessControl, testClient, type FakeITwin } from "../../test/fake-access-control";
import { createPacer } from "../pacer";
import { applyPlan } from "../plan/apply";
import { emptyProgress } from "../plan/progress";
import type { Review } from "./campaign";
import { createCampaign } from "./create";
import { decide } from "./decisions";
import { NOW, reviewIndex } from "./review-fixture";
import { lineResults, reviewPlan, withApplication, withResults } from "./review-plan";
import { openCampaign } from "./view";

installMswServer();

const by = { id: "ada", name: "Ada Admin" };
const campaign = createCampaign(reviewIndex(), {
  id: "c1",
  name: "Q2",
  organizationId: "org",
  scope: { kind: "all" },
  reviewer: by,
  now: NOW,
});
const view = openCampaign(campaign);

const REVOKED = [
  "A|user|q|rd",
  "A|user|x",
  "A|owner|m",
  "A|share|s1",
  "B|user|gone|rd",
  "B|group|g1|pm",
  "B|group|ag|aud",
  "B|invitation|old@corp.example",
  "B|invitation|new@corp.example",
];

function reviewed(): Review {
  let decisions = decide(view, new Map(), REVOKED, { verdict: "revoke", note: "not needed", by, at: NOW });
  decisions = decide(view, decisions, ["B|owner|q", "A|user|q|aud"], { verdict: "keep", by, at: NOW });
  return { campaign, decisions, results: new Map() };
}

describe("a review's revocations as a plan", () => {
  it("makes one change per person, group, ownership, invitation and link, each carrying the lines it revokes; a group losing some of its roles keeps the others", () => {
    const made = reviewPlan(view, reviewed(), { id: "p1", now: NOW });
    expect(made.plan).toMatchObject({ kind: "review", title: "Access review: Q2", id: "p1" });
    const changes = made.plan.itwins.flatMap((t) => t.changes.map((c) => ({ ...c, iTwinId: t.iTwinId })));
    expect(changes.map((c) => [c.id, c.kind, c.selected])).toEqual([
      ["A|user|q", "changeUserRoles", true],
      ["A|user|x", "removeUserMember", true],
      ["A|owner|m", "removeOwner", false],
      ["A|share|s1", "revokeShare", true],
      ["B|user|gone", "removeUserMember", true],
      ["B|group|g1", "changeGroupRoles", true],
      ["B|group|ag", "removeGroupMember", true],
      ["B|invitation|old@corp.example", "cancelInvitation", true],
    ]);
    expect(changes[0]).toMatchObject({ from: ["rd", "aud"], to: ["aud"], roles: [{ id: "rd", permissions: ["imodels_read"] }] });
    expect(changes[2]).toMatchObject({ warning: "onlyOwner" });
    expect(changes[5]).toMatchObject({
      groupId: "g1",
      groupName: "Team",
      from: ["pm", "rd"],
      to: ["rd"],
      roles: [{ id: "pm", permissions: ["administration_manage_roles", "imodels_read"] }],
    });
    expect(changes[6]).toMatchObject({ groupId: "ag", groupName: "Auditors", roleIds: ["aud"] });
    expect(changes[7]).toMatchObject({ invitationId: "inv-old", email: "Old@corp.example" });
    expect(made.changes["A|user|q"]).toEqual(["A|user|q|rd"]);
    expect(made.changes["B|group|g1"]).toEqual(["B|group|g1|pm"]);
    expect(made.unsendable.map((u) => u.lineId)).toEqual(["B|invitation|new@corp.example"]);
  });

  it("sends through the plan engine and brings each line its result: applied, refused with the server's message, or left out", async () => {
    const itwins: Record<string, FakeITwin> = {
      A: {
        users: new Map([
          ["q", { email: "quinn@corp.example", roleIds: ["rd", "aud"] }],
          ["x", { email: "xavi@partner.example", roleIds: [] }],
        ]),
        owners: new Map([["m", "mia@corp.example"]]),
        groups: new Map(),
        shares: new Set(["s1"]),
      },
      B: {
        users: new Map([["gone", { email: null, roleIds: ["rd"] }]]),
        owners: new Map(),
        groups: new Map(),
        groupMembers: new Map([
          ["g1", { name: "Team", roleIds: ["pm", "rd"] }],
          ["ag", { name: "Auditors", roleIds: ["aud"] }],
        ]),
        invitations: new Map([["inv-old", "Old@corp.example"]]),
      },
    };
    const fake = fakeAccessControl(itwins);
    server.use(
      http.delete(`${API}/accesscontrol/itwins/B/members/groups/ag`, () =>
        HttpResponse.json({ error: { code: "InsufficientPermissions", message: "You may not remove this group." } }, { status: 403 }),
      ),
    );
    let review = reviewed();
    const made = reviewPlan(view, review, { id: "p1", now: NOW });
    review = { ...review, campaign: withApplication(review.campaign, made) };
    const progress = await applyPlan(made.plan, emptyProgress(made.plan, NOW), {
      client: testClient(),
      pacer: createPacer({ perMinute: 1_000_000, concurrency: 3 }),
      save: async () => {},
      jobPace: { sleep: async () => {} },
    });
    review = withResults(review, lineResults(review.campaign, made.plan, progress, NOW));
    const outcome = (id: string) => review.results.get(id)?.outcome;
    expect(outcome("A|user|q|rd")).toBe("applied");
    expect(itwins.A!.users.get("q")!.roleIds).toEqual(["aud"]);
    expect(outcome("A|user|x")).toBe("applied");
    expect(outcome("A|share|s1")).toBe("applied");
    expect(outcome("B|user|gone|rd")).toBe("applied");
    expect(outcome("B|invitation|old@corp.example")).toBe("applied");
    // The group lost the revoked role only: it is still a member, with the role that was kept.
    expect(outcome("B|group|g1|pm")).toBe("applied");
    expect(itwins.B!.groupMembers!.get("g1")!.roleIds).toEqual(["rd"]);
    expect(fake.writes().some((w) => w.method === "PATCH" && w.path.endsWith("/members/groups/g1"))).toBe(true);
    expect(itwins.B!.invitations!.size).toBe(0);
    expect(review.results.get("B|group|ag|aud")).toMatchObject({
      outcome: "failed",
      message: expect.stringMatching(/You may not remove this group/),
    });
    expect(review.results.get("A|owner|m")).toMatchObject({ outcome: "notApplied", message: "Left out when the plan was reviewed." });
    expect(itwins.A!.owners.has("m")).toBe(true);
    expect(fake.writes().some((w) => w.path.includes("owners"))).toBe(false);

    // A second plan carries only what is not applied yet: the refused group removal again.
    const again = reviewPlan(view, review, { id: "p2", now: NOW + 1 });
    expect(again.plan.itwins.flatMap((t) => t.changes.map((c) => c.id))).toEqual(["A|owner|m", "B|group|ag"]);
  });
});
