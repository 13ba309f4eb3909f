import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import { server, installMswServer } from "../../test/msw";
import { createHttpClient } from "../http-client";
import { createRateLimitGate } from "../rate-limit-status";
import type { UserMember } from "../wire";
import type { JobActions } from "../wire-access";
import type { AccessAction } from "./actions";
import { planAccessJob, resumeAccessJob, runAccessJob } from "./run";
import type { AccessJobState } from "./state";

installMswServer();

const API = "https://api.test";
const ITWIN = "b0000000-0000-4000-8000-000000000001";
const AC = `${API}/accesscontrol/itwins/${ITWIN}`;
const ROLE = "a0000000-0000-4000-8000-00000000000a";
const OTHER_ROLE = "a0000000-0000-4000-8000-00000000000b";

const email = (n: number) => `user${n}@example.com`;
const assign = (n: number, roleIds = [ROLE]): AccessAction => ({ type: "assignRoles", email: email(n), roleIds });
const unassign = (n: number, roleIds = [ROLE]): AccessAction => ({ type: "unassignRoles", email: email(n), roleIds });
const remove = (n: number): AccessAction => ({ type: "removeMembers", email: email(n) });
const role = (id: string) => ({ id, displayName: id === ROLE ? "Reviewer" : "Editor" });

interface FakeJob {
  id: string;
  actions: JobActions;
  polls: number;
  status: "Active" | "Completed" | "PartialCompleted" | "Failed";
  error: { code: string; message: string; target: string }[];
}

/**
 * A small Access Control: members by e-mail, jobs that stay Active for `activePolls` status reads and then
 * apply their actions one by one, except those whose e-mail is in `failing` (and, with `silent`, without
 * naming them in the job's errors).
 */
function fakeAccessControl(opts: { members?: number; activePolls?: number; failing?: string[]; silent?: boolean } = {}) {
  const members = new Map<string, string[]>();
  for (let n = 0; n < (opts.members ?? 0); n += 1) members.set(email(n), [OTHER_ROLE]);
  const jobs = new Map<string, FakeJob>();
  const log: { method: string; path: string; prefer: string | null; query: string; body?: unknown }[] = [];

  const run = (job: FakeJob) => {
    let failed = 0;
    let total = 0;
    for (const type of ["assignRoles", "unassignRoles", "removeMembers"] as const) {
      (job.actions[type] ?? []).forEach((entry, i) => {
        total += 1;
        if (opts.failing?.includes(entry.email)) {
          failed += 1;
          if (!opts.silent) job.error.push({ code: "ActionFailed", message: `Could not change ${entry.email}.`, target: `${type}[${i}]` });
          return;
        }
        const roles = members.get(entry.email);
        const roleIds: string[] = "roleIds" in entry ? (entry.roleIds as string[]) : [];
        if (type === "removeMembers") members.delete(entry.email);
        else if (type === "assignRoles") members.set(entry.email, [...new Set([...(roles ?? []), ...roleIds])]);
        else if (roles)
          members.set(
            entry.email,
            roles.filter((r) => !roleIds.includes(r)),
          );
      });
    }
    job.status = failed === 0 ? "Completed" : failed === total ? "Failed" : "PartialCompleted";
  };

  server.use(
    http.post(`${AC}/jobs`, async ({ request }) => {
      const body = (await request.json()) as { actions: JobActions };
      log.push({ method: "POST", path: "jobs", prefer: null, query: "", body });
      const id = `job-${jobs.size + 1}`;
      jobs.set(id, { id, actions: body.actions, polls: 0, status: "Active", error: [] });
      return HttpResponse.json({ id, itwinId: ITWIN, status: "Active" }, { status: 201 });
    }),
    http.get(`${AC}/jobs/:jobId`, ({ request, params }) => {
      const prefer = request.headers.get("prefer");
      log.push({ method: "GET", path: `jobs/${params.jobId}`, prefer, query: "" });
      const job = jobs.get(String(params.jobId));
      if (!job) return HttpResponse.json({ error: { code: "JobNotFound", message: "Requested job is not available." } }, { status: 404 });
      job.polls += 1;
      if (job.status === "Active" && job.polls > (opts.activePolls ?? 1)) run(job);
      const minimal = { id: job.id, itwinId: ITWIN, status: job.status };
      return HttpResponse.json(/representation/.test(prefer ?? "") ? { ...minimal, error: job.error } : minimal);
    }),
    http.get(`${AC}/jobs/:jobId/actions`, ({ params }) => {
      log.push({ method: "GET", path: `jobs/${params.jobId}/actions`, prefer: null, query: "" });
      return HttpResponse.json({ actions: jobs.get(String(params.jobId))!.actions });
    }),
    http.get(`${AC}/members/users`, ({ request }) => {
      const url = new URL(request.url);
      log.push({ method: "GET", path: "members/users", prefer: null, query: url.search });
      const top = Number(url.searchParams.get("$top"));
      const skip = Number(url.searchParams.get("$skip") ?? 0);
      const all: UserMember[] = [...members].map(([mail, roles], i) => ({ id: `u${i}`, email: mail, roles: roles.map(role) }));
      const page = all.slice(skip, skip + top);
      const more = skip + top < all.length;
      return HttpResponse.json({ members: page, _links: more ? { next: { href: "https://elsewhere.example/next" } } : {} });
    }),
  );
  return { members, jobs, log, posts: () => log.filter((e) => e.method === "POST") };
}

function client(sleep = vi.fn(async (_ms: number) => {})) {
  return createHttpClient({ baseUrl: API, getAccessToken: async () => "t", sleep, rateLimitGate: createRateLimitGate() });
}
const pace = { sleep: async () => {} };

describe("runAccessJob", () => {
  it("sends at most 100 entries of each action group per job, one job after the other", async () => {
    const fake = fakeAccessControl({ members: 300 });
    const actions = [...Array.from({ length: 250 }, (_, n) => assign(n)), ...Array.from({ length: 30 }, (_, n) => remove(250 + n))];
    const outcome = await runAccessJob(client(), ITWIN, actions, { pace });

    const bodies = fake.posts().map((p) => (p.body as { actions: JobActions }).actions);
    expect(bodies.map((b) => [b.assignRoles?.length, b.removeMembers?.length])).toEqual([
      [100, 30],
      [100, undefined],
      [50, undefined],
    ]);
    expect(outcome.status).toBe("Completed");
    expect(outcome.jobIds).toEqual(["job-1", "job-2", "job-3"]);
    expect(outcome.results.filter((r) => r.outcome === "succeeded")).toHaveLength(280);
    expect(fake.members.get(email(0))).toEqual([OTHER_ROLE, ROLE]);
    expect(fake.members.has(email(251))).toBe(false);
  });

  it("polls with Prefer: return=minimal while the job is Active and waits out a 429's Retry-After", async () => {
    const fake = fakeAccessControl({ members: 2, activePolls: 3 });
    let limited = false;
    server.use(
      http.get(`${AC}/jobs/:jobId`, () => {
        if (limited) return undefined; // falls through to the fake's handler
        limited = true;
        return HttpResponse.json(
          { error: { code: "RateLimitExceeded", message: "Slow down." } },
          { status: 429, headers: { "Retry-After": "7" } },
        );
      }),
    );
    const sleep = vi.fn(async (_ms: number) => {});
    const progress: string[] = [];
    const outcome = await runAccessJob(client(sleep), ITWIN, [assign(0), unassign(1, [OTHER_ROLE])], {
      pace,
      onProgress: (p) => progress.push(`${p.phase}:${p.polls}`),
    });

    expect(outcome.status).toBe("Completed");
    expect(sleep).toHaveBeenCalledWith(7000);
    const polls = fake.log.filter((e) => e.path === "jobs/job-1");
    expect(polls.map((p) => p.prefer)).toEqual(["return=minimal", "return=minimal", "return=minimal", "return=minimal"]);
    expect(progress).toEqual(["submitting:0", "waiting:0", "waiting:1", "waiting:2", "waiting:3", "finished:4"]);
    expect(fake.posts()).toHaveLength(1);
  });

  it("reconciles a PartialCompleted job with the members list, naming the server's error for what failed", async () => {
    // 150 members: the list is read in two pages of 100.
    const fake = fakeAccessControl({ members: 150, failing: [email(1)] });
    const outcome = await runAccessJob(client(), ITWIN, [assign(0), assign(1), unassign(2, [OTHER_ROLE]), remove(3)], { pace });

    expect(outcome.status).toBe("PartialCompleted");
    expect(outcome.results.map((r) => [r.action.email, r.outcome, r.error])).toEqual([
      [email(0), "succeeded", undefined],
      [email(1), "failed", `Could not change ${email(1)}.`],
      [email(2), "succeeded", undefined],
      [email(3), "succeeded", undefined],
    ]);
    expect(fake.log.filter((e) => e.path === "jobs/job-1").at(-1)?.prefer).toBe("return=representation");
    expect(fake.log.some((e) => e.path === "jobs/job-1/actions")).toBe(true);
    expect(fake.log.filter((e) => e.path === "members/users").map((e) => e.query)).toEqual(["?$top=100", "?$top=100&$skip=100"]);
  });

  it("shows as done only what the members list holds, even when the job names no error for the rest", async () => {
    fakeAccessControl({ members: 5, failing: [email(4)], silent: true });
    const outcome = await runAccessJob(client(), ITWIN, [assign(0), assign(4)], { pace });
    expect(outcome.results.map((r) => [r.action.email, r.outcome])).toEqual([
      [email(0), "succeeded"],
      [email(4), "failed"],
    ]);
    expect(outcome.results[1]?.error).toBe("The server did not apply this change.");
  });

  it("reports every action of a Failed job as failed with the server's text", async () => {
    const fake = fakeAccessControl({ members: 3, failing: [email(0), email(1)] });
    const outcome = await runAccessJob(client(), ITWIN, [assign(0), remove(1)], { pace });
    expect(outcome.status).toBe("Failed");
    expect(outcome.results.map((r) => [r.outcome, r.code, r.error])).toEqual([
      ["failed", "ActionFailed", `Could not change ${email(0)}.`],
      ["failed", "ActionFailed", `Could not change ${email(1)}.`],
    ]);
    expect(fake.members.get(email(0))).toEqual([OTHER_ROLE]);
  });

  it("surfaces a 422's details on the actions they name and polls nothing", async () => {
    const fake = fakeAccessControl({ members: 3 });
    server.use(
      http.post(`${AC}/jobs`, () =>
        HttpResponse.json(
          {
            error: {
              code: "InvalidiTwinsJobRequest",
              message: "Request body or query is invalid.",
              details: [{ code: "InvalidValue", message: "Provided email is not valid.", target: "actions.assignRoles[1].email" }],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const outcome = await runAccessJob(client(), ITWIN, [assign(0), { type: "assignRoles", email: "not-an-email", roleIds: [ROLE] }], {
      pace,
    });
    expect(outcome.status).toBe("Failed");
    expect(outcome.results.map((r) => [r.action.email, r.outcome, r.error])).toEqual([
      [email(0), "failed", "Not applied: Request body or query is invalid."],
      ["not-an-email", "failed", "Provided email is not valid."],
    ]);
    expect(outcome.state.batches[0]).toMatchObject({ phase: "finished", status: "Refused" });
    expect(fake.log.filter((e) => e.path.startsWith("jobs/"))).toEqual([]);
  });
});

describe("resumeAccessJob", () => {
  it("polls the persisted job after a reload instead of submitting it again", async () => {
    const fake = fakeAccessControl({ members: 3, activePolls: 5 });
    const saved: AccessJobState[] = [];
    const stop = new AbortController();
    const first = runAccessJob(client(), ITWIN, [assign(0), assign(1)], {
      signal: stop.signal,
      pace,
      onState: (s) => saved.push(s),
      onProgress: (p) => p.phase === "waiting" && p.polls === 2 && stop.abort(),
    });
    await expect(first).rejects.toThrow();
    const persisted = JSON.parse(JSON.stringify(saved.at(-1))) as AccessJobState;
    expect(persisted.batches[0]).toMatchObject({ phase: "submitted", jobId: "job-1" });

    const outcome = await resumeAccessJob(client(), persisted, { pace });
    expect(outcome.status).toBe("Completed");
    expect(outcome.jobIds).toEqual(["job-1"]);
    expect(fake.posts()).toHaveLength(1);
    expect(fake.members.get(email(1))).toEqual([OTHER_ROLE, ROLE]);
  });

  it("settles a job whose creation was never confirmed from the members list, without sending it again", async () => {
    const fake = fakeAccessControl({ members: 3 });
    fake.members.set(email(0), [OTHER_ROLE, ROLE]); // the lost job had applied this one
    const state: AccessJobState = { ...planAccessJob(ITWIN, [assign(0), assign(1)]) };
    state.batches[0] = { phase: "sending", actions: state.batches[0]!.actions };

    const outcome = await resumeAccessJob(client(), state, { pace });
    expect(fake.posts()).toHaveLength(0);
    expect(outcome.results.map((r) => [r.action.email, r.outcome])).toEqual([
      [email(0), "succeeded"],
      [email(1), "unknown"],
    ]);
    expect(outcome.status).toBe("PartialCompleted");
  });

  it("keeps a finished job's results and sends only the jobs not sent yet", async () => {
    const fake = fakeAccessControl({ members: 300 });
    const state = planAccessJob(
      ITWIN,
      Array.from({ length: 150 }, (_, n) => assign(n)),
    );
    const done = state.batches[0]!;
    state.batches[0] = {
      phase: "finished",
      actions: done.actions,
      jobId: "job-old",
      status: "Completed",
      results: done.actions.map((action) => ({ action, outcome: "succeeded", jobId: "job-old" })),
    };
    const outcome = await resumeAccessJob(client(), state, { pace });
    expect(fake.posts().map((p) => (p.body as { actions: JobActions }).actions.assignRoles?.length)).toEqual([50]);
    expect(outcome.results).toHaveLength(150);
    expect(outcome.jobIds).toEqual(["job-old", "job-1"]);
  });
});
