import { describe, expect, it } from "vitest";
import { installMswServer } from "../../test/msw";
import { fakeAccessControl, testClient, type FakeITwin } from "../../test/fake-access-control";
import { createPacer } from "../pacer";
import { applyPlan } from "./apply";
import { canUndo, inversePlan } from "./inverse";
import { allChanges, parsePlan, type Plan, type PlanChange } from "./plan";
import { emptyProgress, type PlanProgress } from "./progress";

installMswServer();

const QUINN = { userId: "u-quinn", email: "quinn@example.com" };
const pace = () => ({
  client: testClient(),
  pacer: createPacer({ perMinute: 1_000_000, concurrency: 3 }),
  jobPace: { sleep: async () => {} },
});
const save = async (_: PlanProgress) => {};
const change = (c: Omit<PlanChange, "selected" | "roles"> & Partial<PlanChange>): PlanChange =>
  ({ selected: true, roles: [], ...c }) as PlanChange;

function world(): Record<string, FakeITwin> {
  return {
    t1: {
      users: new Map([
        ["u-quinn", { email: QUINN.email, roleIds: ["r1", "r2"] }],
        ["u-missing", { email: null, roleIds: ["r1"] }],
      ]),
      owners: new Map([
        ["u-quinn", QUINN.email],
        ["u-other", "other@example.com"],
      ]),
      groups: new Map([
        [
          "g1",
          {
            name: "Bridge team",
            members: [
              { userId: "u-quinn", email: QUINN.email },
              { userId: "u-other", email: "other@example.com" },
            ],
          },
        ],
      ]),
      roles: new Map([["r-old", { displayName: "Old role", description: "gone soon", permissions: ["imodels_read"] }]]),
      invitations: new Map([["inv-1", QUINN.email]]),
    },
  };
}

const snapshot = (t: FakeITwin) =>
  JSON.parse(
    JSON.stringify({
      // By e-mail: the fake gives a re-added member a new id, where IMS keeps the user's.
      users: [...t.users.values()].map((u) => [u.email, [...u.roleIds].sort()]).sort(),
      owners: [...t.owners.values()].sort(),
      groups: [...t.groups].map(([id, g]) => [id, g.members.map((m) => m.email).sort()]),
      roles: [...(t.roles ?? [])].map(([, r]) => [r.displayName, r.description, [...r.permissions].sort()]),
    }),
  ) as unknown;

function offboard(): Plan {
  return {
    version: 1,
    id: "p1",
    kind: "offboard",
    title: "Offboard Quinn",
    createdAt: 1,
    person: { id: QUINN.userId, name: "Quinn", email: QUINN.email },
    lacking: [],
    itwins: [
      {
        iTwinId: "t1",
        iTwinName: "Bridge",
        changes: [
          change({ id: "member", kind: "removeUserMember", ...QUINN, roleIds: ["r1", "r2"] }),
          change({ id: "missing", kind: "removeUserMember", userId: "u-missing", email: null, roleIds: ["r1"] }),
          change({ id: "group", kind: "removeFromGroup", ...QUINN, groupId: "g1", groupName: "Bridge team" }),
          change({ id: "owner", kind: "removeOwner", ...QUINN }),
          change({
            id: "role",
            kind: "deleteRole",
            roleId: "r-old",
            displayName: "Old role",
            description: "gone soon",
            permissions: ["imodels_read"],
          }),
          change({ id: "invite", kind: "cancelInvitation", invitationId: "inv-1", email: QUINN.email }),
          change({ id: "kept", kind: "removeOwner", ...QUINN, selected: false }),
        ],
      },
    ],
  };
}

describe("undoing a plan", () => {
  it("takes back exactly what the plan applied, leaving the server as it was, and says what it cannot take back", async () => {
    const itwins = world();
    const before = snapshot(itwins.t1!);
    fakeAccessControl(itwins);
    const plan = offboard();
    const applied = await applyPlan(plan, emptyProgress(plan, 0), { ...pace(), save });
    expect(applied.status).toBe("finished");
    expect(canUndo(plan, applied)).toBe(true);

    const inverse = inversePlan(plan, applied, { id: "p1-undo", now: 5 });
    expect(parsePlan(JSON.parse(JSON.stringify(inverse)))).toEqual(inverse);
    expect(inverse).toMatchObject({ kind: "inverse", title: "Undo: Offboard Quinn", undoes: { id: "p1", title: "Offboard Quinn" } });
    expect(allChanges(inverse).map(({ change: c }) => c.kind)).toEqual(["createRole", "addOwner", "addToGroup", "addUserMember"]);
    expect(inverse.cannot).toEqual([
      { iTwinName: "Bridge", description: "Remove member", reason: expect.stringContaining("no e-mail") },
      {
        iTwinName: "Bridge",
        description: `Cancel invitation of ${QUINN.email}`,
        reason: expect.stringContaining("invite the person again"),
      },
    ]);

    const undone = await applyPlan(inverse, emptyProgress(inverse, 6), { ...pace(), save });
    expect(undone.status).toBe("finished");
    const after = snapshot(itwins.t1!);
    // Everyone is back but the missing user, who could not be re-added.
    expect(after).toEqual({
      ...(before as object),
      users: (before as { users: unknown[][] }).users.filter((u) => u[0] !== null),
    });
  });

  it("leaves out what was already so, held back or refused, and offers nothing when nothing was applied", () => {
    const plan = offboard();
    const progress: PlanProgress = {
      ...emptyProgress(plan, 0),
      status: "stopped",
      changes: {
        member: { state: "succeeded", note: "Not a member any more." },
        group: { state: "drifted", note: "The group no longer exists." },
        owner: { state: "failed", error: "No." },
        role: { state: "succeeded", applied: true },
      },
    };
    const inverse = inversePlan(plan, progress, { id: "x" });
    expect(allChanges(inverse).map(({ change: c }) => c.id)).toEqual(["undo:role"]);
    expect(inverse.cannot).toEqual([]);
    expect(canUndo(plan, { ...progress, changes: { member: progress.changes.member! } })).toBe(false);
    expect(canUndo(plan, null)).toBe(false);
  });

  it("gives a person added who already was a member back the roles they held, membership kept", async () => {
    const itwins = world();
    const before = snapshot(itwins.t1!);
    fakeAccessControl(itwins);
    const plan: Plan = {
      ...offboard(),
      kind: "import",
      title: "Onboard Quinn",
      itwins: [
        {
          iTwinId: "t1",
          iTwinName: "Bridge",
          changes: [change({ id: "add", kind: "addUserMember", email: QUINN.email, roleIds: ["r2", "r3"] })],
        },
      ],
    };
    const applied = await applyPlan(plan, emptyProgress(plan, 0), { ...pace(), save });
    expect(applied.changes.add).toMatchObject({
      state: "succeeded",
      applied: true,
      memberBefore: { userId: "u-quinn", roleIds: ["r1", "r2"] },
    });
    expect(itwins.t1!.users.get("u-quinn")?.roleIds).toEqual(expect.arrayContaining(["r1", "r2", "r3"]));

    const inverse = inversePlan(plan, applied, { id: "p2-undo", now: 5 });
    expect(allChanges(inverse).map(({ change: c }) => c)).toEqual([
      expect.objectContaining({ kind: "changeUserRoles", userId: "u-quinn", from: ["r1", "r2", "r3"], to: ["r1", "r2"] }),
    ]);
    const undone = await applyPlan(inverse, emptyProgress(inverse, 6), { ...pace(), save });
    expect(undone.changes["undo:add"]).toMatchObject({ state: "succeeded", applied: true });
    expect(snapshot(itwins.t1!)).toEqual(before);
  });
});
