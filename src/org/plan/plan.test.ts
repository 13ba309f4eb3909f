import { describe, expect, it } from "vitest";
import type { AccessJobState } from "../../api/access-jobs/state";
import { describeChange, parsePlan, permissionsAtStake, PlanChange, selectChange, type Plan } from "./plan";
import { emptyProgress, forRetry, isComplete, parseProgress, tally, type PlanProgress } from "./progress";

const reader = { id: "r1", displayName: "Reader", permissions: ["itwins_read", "imodels_read"] };
const editor = { id: "r2", displayName: "Editor", permissions: ["imodels_write", "itwins_read"] };

const plan: Plan = {
  version: 1,
  id: "plan-1",
  kind: "offboard",
  title: "Offboard Quinn",
  createdAt: 1,
  person: { id: "u1", name: "Quinn", email: "quinn@example.com" },
  lacking: [],
  itwins: [
    {
      iTwinId: "t1",
      iTwinName: "Bridge",
      changes: [
        {
          id: "c1",
          kind: "removeUserMember",
          selected: true,
          userId: "u1",
          email: "quinn@example.com",
          roleIds: ["r1", "r2"],
          roles: [reader, editor],
        },
        { id: "c2", kind: "removeOwner", selected: false, warning: "onlyOwner", userId: "u1", email: "quinn@example.com", roles: [] },
      ],
    },
    {
      iTwinId: "t2",
      iTwinName: "Tunnel",
      changes: [
        {
          id: "c3",
          kind: "removeFromGroup",
          selected: true,
          userId: "u1",
          email: "quinn@example.com",
          groupId: "g1",
          groupName: "Tunnel team",
          roles: [editor],
        },
      ],
    },
  ],
};

describe("plan", () => {
  it("survives a round trip through storage and refuses a record of another shape", () => {
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(parsePlan({ ...plan, version: 2 })).toBeNull();
    expect(parsePlan({ ...plan, itwins: [{ iTwinId: "t1", iTwinName: "x", changes: [{ id: "c", kind: "dropTable" }] }] })).toBeNull();
  });

  it("says what each change does and which permissions it takes away, ownership being all of them", () => {
    const [c1, c2] = plan.itwins[0]!.changes;
    expect(describeChange(c1!)).toBe("Remove member");
    expect(describeChange(plan.itwins[1]!.changes[0]!)).toBe("Remove from group Tunnel team");
    expect(permissionsAtStake(c1!)).toEqual(["imodels_read", "imodels_write", "itwins_read"]);
    expect(permissionsAtStake(c2!)).toBe("all");
  });

  it("names the group, role, invitation or link of the other kinds, and a role's added and removed permissions", () => {
    const base = { id: "x", selected: true, roles: [] };
    const update = PlanChange.parse({ ...base, kind: "updateRole", roleId: "r", displayName: "Editor", from: ["a", "b"], to: ["b", "c"] });
    expect(describeChange(update)).toBe("Change permissions of role Editor");
    expect(permissionsAtStake(update)).toEqual(["a", "c"]);
    const created = PlanChange.parse({
      ...base,
      kind: "createRole",
      displayName: "Reviewer",
      description: "",
      permissions: ["z", "y", "z"],
    });
    expect(describeChange(created)).toBe("Create role Reviewer");
    expect(permissionsAtStake(created)).toEqual(["y", "z"]);
    expect(permissionsAtStake(PlanChange.parse({ ...base, kind: "addOwner", email: "q@x" }))).toBe("all");
    const group = { groupId: "g", groupName: "Crew" };
    expect(describeChange(PlanChange.parse({ ...base, kind: "addToGroup", email: "q@x", userId: null, ...group }))).toBe(
      "Add to group Crew",
    );
    expect(describeChange(PlanChange.parse({ ...base, kind: "addGroupMember", ...group, roleIds: ["r1"] }))).toBe(
      "Add group as member Crew",
    );
    expect(describeChange(PlanChange.parse({ ...base, kind: "cancelInvitation", invitationId: "i", email: "g@x" }))).toBe(
      "Cancel invitation of g@x",
    );
    // A group member given no role is no change at all.
    expect(PlanChange.safeParse({ ...base, kind: "addGroupMember", ...group, roleIds: [] }).success).toBe(false);
    expect(parsePlan({ ...plan, kind: "inverse" })?.kind).toBe("inverse");
  });

  it("chooses a held-back change only when asked to", () => {
    const chosen = selectChange(plan, "c2", true);
    expect(chosen.itwins[0]!.changes[1]!.selected).toBe(true);
    expect(plan.itwins[0]!.changes[1]!.selected).toBe(false);
    // The other iTwin's part is left as it was, so its review need not be redrawn.
    expect(chosen.itwins[1]).toBe(plan.itwins[1]);
  });
});

describe("plan progress", () => {
  const finishedJob: AccessJobState = {
    version: 1,
    iTwinId: "t1",
    batches: [{ phase: "finished", actions: [], jobId: "j1", status: "Failed", results: [] }],
  };

  it("counts chosen changes by state and leaves kept ones out", () => {
    const progress: PlanProgress = {
      ...emptyProgress(plan, 5),
      changes: { c1: { state: "succeeded" }, c3: { state: "sending" } },
    };
    const t = tally(plan, progress);
    expect(t.chosen).toBe(2);
    expect(t.kept).toBe(1);
    expect(t.byState).toMatchObject({ succeeded: 1, sending: 1, pending: 0 });
    expect(isComplete(plan, progress)).toBe(false);
    expect(isComplete(plan, { ...progress, changes: { ...progress.changes, c3: { state: "drifted", note: "gone" } } })).toBe(true);
  });

  it("keeps 'sending' through a round trip, so a reload knows a request may be out", () => {
    const progress: PlanProgress = {
      ...emptyProgress(plan, 5),
      status: "applying",
      changes: { c3: { state: "sending", at: 9 } },
      jobs: { t1: finishedJob },
    };
    expect(parseProgress(JSON.parse(JSON.stringify(progress)))).toEqual(progress);
    expect(parseProgress({ ...progress, changes: { c3: { state: "half-done" } } })).toBeNull();
  });

  it("keeps an unconfirmed change as sent for a retry, so that found done it counts as this plan's", () => {
    const progress: PlanProgress = {
      ...emptyProgress(plan, 5),
      status: "stopped",
      changes: { c1: { state: "unknown", error: "No answer." } },
    };
    expect(forRetry(plan, progress, 7).changes.c1).toEqual({ state: "sending", at: 7 });
  });

  it("puts only failed and unconfirmed changes back for a retry, and forgets their finished job", () => {
    const progress: PlanProgress = {
      ...emptyProgress(plan, 5),
      status: "finished",
      changes: { c1: { state: "failed", error: "No." }, c3: { state: "succeeded" } },
      jobs: { t1: finishedJob },
    };
    const again = forRetry(plan, progress, 7);
    expect(again.changes).toEqual({ c1: { state: "pending", at: 7 }, c3: { state: "succeeded" } });
    expect(again.jobs).toEqual({});
    expect(forRetry(plan, { ...progress, changes: { ...progress.changes, c1: { state: "succeeded" } } }, 7).jobs).toEqual({
      t1: finishedJob,
    });
  });
});
