import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { installMswServer, server } from "../../test/msw";
import { API, fakeAccessControl, testClient, type FakeITwin } from "../../test/fake-access-control";
import type { JobActions } from "../../api/wire-access";
import { createPacer } from "../pacer";
import { applyPlan } from "./apply";
import { planLogEntry, type PlanLogEntry } from "./plan-log";
import { inviteBatches, type InviteChange } from "./invite";
import type { Plan, PlanChange } from "./plan";
import { emptyProgress, type PlanProgress } from "./progress";

installMswServer();

const jobPace = { sleep: async () => {} };
const pacer = () => createPacer({ perMinute: 1_000_000, concurrency: 3 });

/** The fake Access Control, and add-user-members inviting whoever is not a member (kept as pending invitations). */
function withInvitations(itwin: FakeITwin) {
  const fake = fakeAccessControl({ t1: itwin });
  const invitations: { id: string; email: string; roles: { id: string; displayName: string }[] }[] = [];
  const posts: { members: { email: string; roleIds: string[] }[] }[] = [];
  server.use(
    http.get(`${API}/accesscontrol/itwins/t1/members/invitations`, () =>
      HttpResponse.json({
        invitations: invitations.map((i) => ({
          ...i,
          invitedByEmail: "me@x.example",
          status: "Pending",
          createdDate: "2026-01-01T00:00:00Z",
          expirationDate: "2099-01-01T00:00:00Z",
        })),
        _links: {},
      }),
    ),
    http.post(`${API}/accesscontrol/itwins/t1/members/users`, async ({ request }) => {
      const body = (await request.json()) as { members: { email: string; roleIds: string[] }[] };
      posts.push(body);
      const sent = body.members.map((m, n) => ({
        id: `inv-${invitations.length + n}`,
        email: m.email,
        invitedByEmail: "me@x.example",
        status: "Pending",
        createdDate: "2026-01-01T00:00:00Z",
        expirationDate: "2099-01-01T00:00:00Z",
        roles: m.roleIds.map((id) => ({ id, displayName: id })),
      }));
      invitations.push(...sent);
      return HttpResponse.json({ members: null, invitations: sent }, { status: 201 });
    }),
  );
  return { fake, posts, invitations };
}

const change = (c: Record<string, unknown>): PlanChange => ({ selected: true, roles: [], ...c }) as unknown as PlanChange;

function importPlanOf(changes: PlanChange[]): Plan {
  return {
    version: 1,
    id: "imp",
    kind: "import",
    title: "Import",
    createdAt: 1,
    lacking: [],
    itwins: [{ iTwinId: "t1", iTwinName: "Bridge", changes }],
  };
}

function saver() {
  let last: PlanProgress | null = null;
  return { save: async (p: PlanProgress) => void (last = JSON.parse(JSON.stringify(p)) as PlanProgress), last: () => last! };
}

const mia: FakeITwin["users"] extends Map<string, infer U> ? U : never = { email: "mia@x.example", roleIds: ["r1"] };

describe("inviting people the organization does not know", () => {
  it("sends members and role additions as one job, and invitations as one add-user-members request, per iTwin", async () => {
    const { fake, posts } = withInvitations({ users: new Map([["u-mia", { ...mia }]]), owners: new Map(), groups: new Map() });
    const plan = importPlanOf([
      change({ id: "mia", kind: "changeUserRoles", userId: "u-mia", email: "mia@x.example", from: ["r1"], to: ["r1", "r2"] }),
      change({ id: "leo", kind: "addUserMember", email: "leo@x.example", roleIds: ["r1"] }),
      change({ id: "g1", kind: "addUserMember", email: "guest1@else.example", roleIds: ["r1", "r2"], invite: true }),
      change({ id: "g2", kind: "addUserMember", email: "guest2@else.example", roleIds: ["r2"], invite: true }),
    ]);
    const store = saver();
    const logged: PlanLogEntry[] = [];
    const done = await applyPlan(plan, emptyProgress(plan, 0), {
      client: testClient(),
      pacer: pacer(),
      save: store.save,
      jobPace,
      onApplied: (itwin, c, entry, before) => logged.push(planLogEntry(itwin, c, entry, before)),
    });

    expect(Object.fromEntries(Object.entries(done.changes).map(([id, c]) => [id, [c.state, c.note]]))).toEqual({
      mia: ["succeeded", undefined],
      leo: ["succeeded", undefined],
      g1: ["succeeded", "invited"],
      g2: ["succeeded", "invited"],
    });
    expect(done.status).toBe("finished");
    const writes = fake.writes();
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(["POST t1/jobs"]);
    expect((writes[0]!.body as { actions: JobActions }).actions.assignRoles).toEqual([
      { email: "mia@x.example", roleIds: ["r2"] },
      { email: "leo@x.example", roleIds: ["r1"] },
    ]);
    // Each invitation is in the change log, its undo cancelling it.
    const invites = logged.filter((e) => e.summary.includes("guest"));
    expect(invites.map((e) => e.inverse?.summary)).toEqual([
      "cancel the invitation of guest1@else.example",
      "cancel the invitation of guest2@else.example",
    ]);
    expect(invites[0]!.inverse!.requests[0]).toEqual({ op: "cancelInvitation", params: { iTwinId: "t1", invitationId: "inv-0" } });
    expect(posts).toEqual([
      {
        members: [
          { email: "guest1@else.example", roleIds: ["r1", "r2"] },
          { email: "guest2@else.example", roleIds: ["r2"] },
        ],
      },
    ]);
  });

  it("after a reload, an invitation the server already holds is not sent again", async () => {
    const { posts, invitations } = withInvitations({ users: new Map(), owners: new Map(), groups: new Map() });
    invitations.push({ id: "inv-old", email: "Guest1@else.example", roles: [{ id: "r1", displayName: "r1" }] });
    const plan = importPlanOf([
      change({ id: "g1", kind: "addUserMember", email: "guest1@else.example", roleIds: ["r1"], invite: true }),
      change({ id: "g2", kind: "addUserMember", email: "guest2@else.example", roleIds: ["r1"], invite: true }),
    ]);
    const start: PlanProgress = {
      ...emptyProgress(plan, 0),
      status: "applying",
      changes: { g1: { state: "sending" }, g2: { state: "sending" } },
    };
    const done = await applyPlan(plan, start, { client: testClient(), pacer: pacer(), save: saver().save, jobPace });
    expect(done.changes.g1).toMatchObject({ state: "succeeded", note: "Already invited." });
    expect(done.changes.g2).toMatchObject({ state: "succeeded", note: "invited" });
    expect(posts.map((p) => p.members.map((m) => m.email))).toEqual([["guest2@else.example"]]);
  });

  it("says why, per person, when the server refuses the request", async () => {
    withInvitations({ users: new Map(), owners: new Map(), groups: new Map() });
    server.use(
      http.post(`${API}/accesscontrol/itwins/t1/members/users`, () =>
        HttpResponse.json({ error: { code: "RoleNotFound", message: "Requested role is not available." } }, { status: 404 }),
      ),
    );
    const plan = importPlanOf([change({ id: "g1", kind: "addUserMember", email: "guest1@else.example", roleIds: ["gone"], invite: true })]);
    const done = await applyPlan(plan, emptyProgress(plan, 0), { client: testClient(), pacer: pacer(), save: saver().save, jobPace });
    expect(done.changes.g1).toMatchObject({ state: "failed", code: "RoleNotFound" });
    expect(done.status).toBe("stopped");
  });

  it("keeps each request within 50 role assignments", () => {
    const invite = (n: number, roles: number): InviteChange =>
      ({
        id: `c${n}`,
        kind: "addUserMember",
        selected: true,
        roles: [],
        email: `p${n}@x.example`,
        roleIds: Array.from({ length: roles }, (_, k) => `r${k}`),
        invite: true,
      }) as InviteChange;
    const sizes = inviteBatches([invite(1, 30), invite(2, 20), invite(3, 1), invite(4, 50), invite(5, 2)]).map((b) => b.map((c) => c.id));
    expect(sizes).toEqual([["c1", "c2"], ["c3"], ["c4"], ["c5"]]);
  });
});
