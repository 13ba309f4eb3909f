import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { installMswServer, server } from "../../test/msw";
import { API, fakeAccessControl, testClient, type FakeITwin } from "../../test/fake-access-control";
import { createPacer } from "../pacer";
import { applyPlan } from "./apply";
import type { Plan, PlanChange } from "./plan";
import { emptyProgress, forRetry, type PlanProgress } from "./progress";

installMswServer();

const QUINN = { userId: "u-quinn", email: "quinn@example.com" };
const jobPace = { sleep: async () => {} };
const fastPacer = () => createPacer({ perMinute: 1_000_000, concurrency: 3 });

function world(): Record<string, FakeITwin> {
  return {
    t1: {
      users: new Map([
        ["u-quinn", { email: QUINN.email, roleIds: ["r1"] }],
        ["u-other", { email: "other@example.com", roleIds: ["r1"] }],
      ]),
      owners: new Map([
        ["u-quinn", QUINN.email],
        ["u-other", "other@example.com"],
      ]),
      groups: new Map(),
    },
    t2: {
      users: new Map([["u-missing", { email: null, roleIds: ["r2"] }]]),
      owners: new Map([["u-other", "other@example.com"]]),
      groups: new Map([
        [
          "g1",
          {
            name: "Tunnel team",
            members: [
              { userId: "u-quinn", email: QUINN.email },
              { userId: "u-other", email: "other@example.com" },
            ],
          },
        ],
      ]),
    },
    t3: { users: new Map(), owners: new Map([["u-quinn", QUINN.email]]), groups: new Map() },
  };
}

const change = (c: Omit<PlanChange, "selected" | "roles"> & Partial<PlanChange>): PlanChange =>
  ({ selected: true, roles: [], ...c }) as PlanChange;

function offboardQuinn(): Plan {
  return {
    version: 1,
    id: "plan-1",
    kind: "offboard",
    title: "Offboard Quinn",
    createdAt: 1,
    lacking: [],
    itwins: [
      {
        iTwinId: "t1",
        iTwinName: "Bridge",
        changes: [
          change({ id: "t1-member", kind: "removeUserMember", ...QUINN, roleIds: ["r1"] }),
          change({ id: "t1-owner", kind: "removeOwner", ...QUINN }),
        ],
      },
      {
        iTwinId: "t2",
        iTwinName: "Tunnel",
        changes: [
          change({ id: "t2-group", kind: "removeFromGroup", ...QUINN, groupId: "g1", groupName: "Tunnel team" }),
          change({ id: "t2-missing", kind: "removeUserMember", userId: "u-missing", email: null, roleIds: ["r2"] }),
        ],
      },
      {
        iTwinId: "t3",
        iTwinName: "Viaduct",
        changes: [change({ id: "t3-owner", kind: "removeOwner", ...QUINN, selected: false, warning: "onlyOwner" })],
      },
    ],
  };
}

function saver() {
  const saved: PlanProgress[] = [];
  return {
    saved,
    save: async (p: PlanProgress) => void saved.push(JSON.parse(JSON.stringify(p)) as PlanProgress),
    last: () => saved.at(-1)!,
  };
}

const states = (p: PlanProgress) => Object.fromEntries(Object.entries(p.changes).map(([id, c]) => [id, c.state]));

describe("applying a plan", () => {
  it("reads each iTwin before changing it (one request per person checked), sends user members as one job per iTwin and the rest as single calls, and keeps what was held back", async () => {
    const itwins = world();
    const fake = fakeAccessControl(itwins);
    const store = saver();
    const plan = offboardQuinn();
    const done = await applyPlan(plan, emptyProgress(plan, 0), { client: testClient(), pacer: fastPacer(), save: store.save, jobPace });

    expect(states(done)).toEqual({ "t1-member": "succeeded", "t1-owner": "succeeded", "t2-group": "succeeded", "t2-missing": "succeeded" });
    expect(done.status).toBe("finished");
    expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual(
      expect.arrayContaining([
        "POST t1/jobs",
        "DELETE t1/members/owners/u-quinn",
        "PATCH t2/groups/g1",
        "DELETE t2/members/users/u-missing",
      ]),
    );
    expect(fake.writes()).toHaveLength(4);
    expect(fake.writes().find((w) => w.method === "POST")?.body).toEqual({ actions: { removeMembers: [{ email: QUINN.email }] } });
    expect(fake.writes().find((w) => w.method === "PATCH")?.body).toEqual({ members: ["other@example.com"] });
    // Each iTwin's state was read before its first write.
    for (const id of ["t1", "t2"]) {
      const mine = fake.log.filter((r) => r.path.startsWith(`${id}/`));
      expect(mine[0]!.method).toBe("GET");
    }
    // A person's membership is checked by reading that one member, not by paging through every member.
    expect(fake.log.filter((r) => r.method === "GET" && r.path.startsWith("t1/members/users")).map((r) => r.path)).toEqual([
      "t1/members/users/u-quinn",
    ]);
    // The only owner of t3 stays, and nothing was asked of t3 at all.
    expect(itwins.t3!.owners.has("u-quinn")).toBe(true);
    expect(fake.log.some((r) => r.path.startsWith("t3/"))).toBe(false);
    expect(itwins.t1!.users.has("u-quinn")).toBe(false);
    expect(itwins.t2!.groups.get("g1")!.members.map((m) => m.userId)).toEqual(["u-other"]);
    expect(store.saved.length).toBeGreaterThan(4);
  });

  it("shows what changed meanwhile instead of overwriting it, and settles what is already so without sending it", async () => {
    const itwins = world();
    itwins.t1!.users.get("u-quinn")!.roleIds = ["r1", "r9"]; // someone gave Quinn another role since the plan
    itwins.t2!.groups.get("g1")!.members = [{ userId: "u-other", email: "other@example.com" }]; // already out of the group
    const fake = fakeAccessControl(itwins);
    const plan = offboardQuinn();
    const done = await applyPlan(plan, emptyProgress(plan, 0), { client: testClient(), pacer: fastPacer(), save: saver().save, jobPace });

    expect(done.changes["t1-member"]).toMatchObject({ state: "drifted", note: expect.stringContaining("Roles changed") });
    expect(done.changes["t2-group"]).toMatchObject({ state: "succeeded", note: "Not in the group any more." });
    expect(
      fake
        .writes()
        .map((w) => `${w.method} ${w.path}`)
        .sort(),
    ).toEqual(["DELETE t1/members/owners/u-quinn", "DELETE t2/members/users/u-missing"]);
    expect(itwins.t1!.users.get("u-quinn")!.roleIds).toEqual(["r1", "r9"]);
  });

  it("waits out a 429's Retry-After and sends the change once it is let through, every request through the budget's pacer", async () => {
    const fake = fakeAccessControl(world());
    let limited = 0;
    server.use(
      http.delete(`${API}/accesscontrol/itwins/t1/members/owners/:id`, () => {
        if (limited++ >= 6) return undefined;
        return HttpResponse.json(
          { error: { code: "RateLimitExceeded", message: "Slow down." } },
          { status: 429, headers: { "Retry-After": "0" } },
        );
      }),
    );
    const pacer = fastPacer();
    const plan = offboardQuinn();
    const done = await applyPlan(plan, emptyProgress(plan, 0), { client: testClient(), pacer, save: saver().save, jobPace });
    expect(done.changes["t1-owner"]?.state).toBe("succeeded");
    expect(fake.writes().filter((w) => w.path === "t1/members/owners/u-quinn")).toHaveLength(1);
    // The client retried a few 429s itself; past those the pacer let the same request through again.
    expect(pacer.started).toBeGreaterThanOrEqual(fake.log.length - 5);
  });

  it("after a reload polls the job it had created and asks the server about a call it had sent, sending neither again", async () => {
    const itwins = world();
    const fake = fakeAccessControl(itwins, { activePolls: 3 });
    const plan = offboardQuinn();
    const store = saver();
    const stop = new AbortController();
    // The page goes away while t1's job is still Active.
    const first = applyPlan(plan, emptyProgress(plan, 0), {
      client: testClient(),
      pacer: fastPacer(),
      signal: stop.signal,
      jobPace: { sleep: async () => void (fake.jobs.get("job-1")?.polls === 1 && stop.abort(new DOMException("Reloaded.", "AbortError"))) },
      save: store.save,
    });
    await expect(first).rejects.toThrow("Reloaded.");
    const persisted = store.last();
    expect(persisted.status).toBe("stopped");
    expect(persisted.changes["t1-member"]?.state).toBe("sending");
    expect(persisted.jobs.t1?.batches[0]).toMatchObject({ phase: "submitted", jobId: "job-1" });
    // The owner removal on t2's side went out, but its answer was never saved.
    const lost: PlanProgress = { ...persisted, changes: { ...persisted.changes, "t2-missing": { state: "sending" } } };
    itwins.t2!.users.delete("u-missing");
    const before = fake.writes().length;

    const done = await applyPlan(plan, lost, { client: testClient(), pacer: fastPacer(), save: saver().save, jobPace });
    expect(done.status).toBe("finished");
    expect(states(done)).toEqual({ "t1-member": "succeeded", "t1-owner": "succeeded", "t2-group": "succeeded", "t2-missing": "succeeded" });
    const again = fake.writes().slice(before);
    expect(again.filter((w) => w.method === "POST")).toEqual([]);
    expect(again.filter((w) => w.path === "t2/members/users/u-missing")).toEqual([]);
    expect(fake.writes().filter((w) => w.method === "POST")).toHaveLength(1);
    expect(done.changes["t2-missing"]?.note).toBe("Not a member any more.");
  });

  it("stores a job as being sent before its request leaves, so a reload never sends it again", async () => {
    fakeAccessControl(world());
    const store = saver();
    let storedAtPost: unknown;
    server.use(
      http.post(`${API}/accesscontrol/itwins/t1/jobs`, () => {
        storedAtPost = store.last().jobs.t1?.batches[0]?.phase;
        return undefined;
      }),
    );
    const plan = offboardQuinn();
    // IndexedDB takes its time: each save lands a little later.
    const slowSave = async (p: PlanProgress) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await store.save(p);
    };
    await applyPlan(plan, emptyProgress(plan, 0), { client: testClient(), pacer: fastPacer(), save: slowSave, jobPace });
    expect(storedAtPost).toBe("sending");
  });

  it("reports a refusal per action and, on retry, sends again only what failed", async () => {
    const itwins = world();
    const fake = fakeAccessControl(itwins);
    server.use(
      http.patch(
        `${API}/accesscontrol/itwins/t2/groups/g1`,
        () =>
          HttpResponse.json(
            { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
            { status: 403 },
          ),
        { once: true },
      ),
    );
    const plan = offboardQuinn();
    const first = await applyPlan(plan, emptyProgress(plan, 0), { client: testClient(), pacer: fastPacer(), save: saver().save, jobPace });
    expect(first.status).toBe("stopped");
    expect(first.changes["t2-group"]).toMatchObject({ state: "failed", code: "InsufficientPermissions" });
    expect(states(first)).toMatchObject({ "t1-member": "succeeded", "t1-owner": "succeeded", "t2-missing": "succeeded" });
    const before = fake.writes().length;

    const second = await applyPlan(plan, forRetry(plan, first), { client: testClient(), pacer: fastPacer(), save: saver().save, jobPace });
    expect(second.status).toBe("finished");
    expect(second.changes["t2-group"]?.state).toBe("succeeded");
    expect(
      fake
        .writes()
        .slice(before)
        .map((w) => `${w.method} ${w.path}`),
    ).toEqual(["PATCH t2/groups/g1"]);
    // The retry read only the iTwin it had work for.
    expect(fake.log.slice(-3).every((r) => r.path.startsWith("t2/"))).toBe(true);
  });

  it("removes an only owner when the administrator chose to, and shows the server's refusal", async () => {
    fakeAccessControl(world());
    const plan = offboardQuinn();
    plan.itwins[2]!.changes[0]!.selected = true;
    const done = await applyPlan(plan, emptyProgress(plan, 0), { client: testClient(), pacer: fastPacer(), save: saver().save, jobPace });
    expect(done.changes["t3-owner"]).toMatchObject({ state: "failed", error: "An iTwin must keep one owner." });
  });
});

describe("applying owners, groups, roles, invitations and share links", () => {
  function estate(): Record<string, FakeITwin> {
    return {
      t1: {
        users: new Map(),
        owners: new Map([["u-other", "other@example.com"]]),
        groups: new Map([["g1", { name: "Bridge team", members: [{ userId: "u-other", email: "other@example.com" }] }]]),
        groupMembers: new Map([["g2", { name: "Old crew", roleIds: ["r1"] }]]),
        roles: new Map([
          ["r-old", { displayName: "Old role", description: "to go", permissions: ["imodels_read"] }],
          ["r-edit", { displayName: "Editor", description: "", permissions: ["imodels_read"] }],
        ]),
        invitations: new Map([["inv-1", "guest@example.com"]]),
        shares: new Set(["share-1"]),
      },
    };
  }
  function plan(changes: PlanChange[]): Plan {
    return {
      version: 1,
      id: "p",
      kind: "roleTemplate",
      title: "Mixed",
      createdAt: 1,
      lacking: [],
      itwins: [{ iTwinId: "t1", iTwinName: "Bridge", changes }],
    };
  }
  const mixed = () =>
    plan([
      change({ id: "owner", kind: "addOwner", email: QUINN.email }),
      change({ id: "into", kind: "addToGroup", email: QUINN.email, userId: QUINN.userId, groupId: "g1", groupName: "Bridge team" }),
      change({ id: "gm-add", kind: "addGroupMember", groupId: "g1", groupName: "Bridge team", roleIds: ["r-edit"] }),
      change({ id: "gm-remove", kind: "removeGroupMember", groupId: "g2", groupName: "Old crew", roleIds: ["r1"] }),
      change({
        id: "create",
        kind: "createRole",
        displayName: "Reviewer",
        description: "Reads",
        permissions: ["imodels_read", "itwins_read"],
      }),
      change({
        id: "update",
        kind: "updateRole",
        roleId: "r-edit",
        displayName: "Editor",
        from: ["imodels_read"],
        to: ["imodels_read", "imodels_write"],
      }),
      change({
        id: "delete",
        kind: "deleteRole",
        roleId: "r-old",
        displayName: "Old role",
        description: "to go",
        permissions: ["imodels_read"],
      }),
      change({ id: "cancel", kind: "cancelInvitation", invitationId: "inv-1", email: "guest@example.com" }),
      change({ id: "revoke", kind: "revokeShare", shareId: "share-1" }),
    ]);

  it("sends each as its own call, and keeps the id of the role it created", async () => {
    const itwins = estate();
    const fake = fakeAccessControl(itwins);
    const p = mixed();
    const done = await applyPlan(p, emptyProgress(p, 0), { client: testClient(), pacer: fastPacer(), save: saver().save, jobPace });

    expect(done.status).toBe("finished");
    expect(Object.values(done.changes).every((c) => c.state === "succeeded" && c.applied)).toBe(true);
    expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST t1/members/owners",
      "PATCH t1/groups/g1",
      "POST t1/members/groups",
      "DELETE t1/members/groups/g2",
      "POST t1/roles",
      "PATCH t1/roles/role-3",
      "PATCH t1/roles/r-edit",
      "DELETE t1/roles/r-old",
      "DELETE t1/members/invitations/inv-1",
      "DELETE t1/shares/share-1",
    ]);
    expect(fake.writes()[1]!.body).toEqual({ members: ["other@example.com", QUINN.email] });
    expect(fake.writes()[4]!.body).toEqual({ displayName: "Reviewer", description: "Reads" });
    expect(fake.writes()[5]!.body).toEqual({ permissions: ["imodels_read", "itwins_read"] });
    expect(done.changes.create?.createdId).toBe("role-3");
    const t1 = itwins.t1!;
    expect([...t1.owners.values()]).toContain(QUINN.email);
    expect(t1.groupMembers!.has("g2")).toBe(false);
    expect(t1.groupMembers!.get("g1")?.roleIds).toEqual(["r-edit"]);
    expect(t1.roles!.get("r-edit")?.permissions).toEqual(["imodels_read", "imodels_write"]);
    expect(t1.roles!.has("r-old")).toBe(false);
    expect(t1.invitations!.size).toBe(0);
    expect(t1.shares!.size).toBe(0);
  });

  it("sends nothing for what is already so, marks it as not this plan's doing, and holds back a role changed meanwhile", async () => {
    const itwins = estate();
    const t1 = itwins.t1!;
    t1.owners.set("u-quinn", QUINN.email);
    t1.invitations!.clear();
    t1.shares!.clear();
    t1.roles!.get("r-edit")!.permissions = ["imodels_read", "imodels_delete"];
    t1.roles!.delete("r-old");
    const fake = fakeAccessControl(itwins);
    const p = mixed();
    const done = await applyPlan(p, emptyProgress(p, 0), { client: testClient(), pacer: fastPacer(), save: saver().save, jobPace });

    for (const id of ["owner", "cancel", "revoke", "delete"]) {
      expect(done.changes[id]?.state).toBe("succeeded");
      expect(done.changes[id]?.applied).toBeUndefined();
    }
    expect(done.changes.update).toMatchObject({ state: "drifted", note: expect.stringContaining("imodels_delete") });
    expect(t1.roles!.get("r-edit")?.permissions).toEqual(["imodels_read", "imodels_delete"]);
    expect(fake.writes().some((w) => w.path === "t1/roles/r-edit" || w.path === "t1/members/owners")).toBe(false);
  });

  it("after a reload that lost the answer to a role's creation, sets the permissions of the role it created instead of creating another", async () => {
    const itwins = estate();
    const fake = fakeAccessControl(itwins);
    server.use(
      http.patch(
        `${API}/accesscontrol/itwins/t1/roles/role-3`,
        () => HttpResponse.json({ error: { code: "Oops", message: "down" } }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const p = plan([mixed().itwins[0]!.changes[4]!]);
    const client = testClient();
    const first = await applyPlan(p, emptyProgress(p, 0), { client, pacer: fastPacer(), save: saver().save, jobPace });
    expect(first.changes.create).toMatchObject({ state: "unknown", createdId: "role-3" });

    const second = await applyPlan(p, forRetry(p, first), { client, pacer: fastPacer(), save: saver().save, jobPace });
    expect(second.changes.create).toMatchObject({ state: "succeeded", applied: true, createdId: "role-3" });
    expect(fake.writes().filter((w) => w.method === "POST")).toHaveLength(1);
    expect(itwins.t1!.roles!.get("role-3")?.permissions).toEqual(["imodels_read", "itwins_read"]);
  });
});
