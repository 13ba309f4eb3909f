// An Access Control jobs service for component tests (MSW): it keeps the iTwin's user members, applies a
// job's actions when it is created, stays Active for a chosen number of polls, and reports failures the
// way the service does (status PartialCompleted / Failed, the details only with return=representation,
// each detail's target naming the action). It records every job body it was sent.
import { http, HttpResponse } from "msw";
import { sameEmail } from "../../api/access-jobs";
import type { Role, UserMember } from "../../api/wire";
import type { JobActions } from "../../api/wire-access";
import { TEST_API, TEST_ITWIN_ID } from "../../test/render";

const AC = `${TEST_API}/accesscontrol/itwins/:id`;

interface FakeJob {
  actions: JobActions;
  status: "Completed" | "PartialCompleted" | "Failed";
  errors: { code: string; message: string; target: string }[];
  polls: number;
}

export interface JobFakeOptions {
  users: UserMember[];
  roles: Role[];
  /** E-mails whose next action fails, with the server's message for it (each fails once). */
  failOnce?: Record<string, string>;
  /** Status answers that still say Active before the job's outcome shows. */
  activePolls?: number;
}

export function jobFake(options: JobFakeOptions) {
  const users = options.users.map((u) => ({ ...u, roles: [...u.roles] }));
  const failOnce = new Map(Object.entries(options.failOnce ?? {}).map(([email, message]) => [email.toLowerCase(), message]));
  const posts: JobActions[] = [];
  const jobs = new Map<string, FakeJob>();
  let activePolls = options.activePolls ?? 0;
  const roleRef = (id: string) => ({ id, displayName: options.roles.find((r) => r.id === id)?.displayName ?? id });

  function apply(actions: JobActions): FakeJob {
    const job: FakeJob = { actions, status: "Completed", errors: [], polls: 0 };
    let total = 0;
    for (const type of ["assignRoles", "unassignRoles"] as const) {
      (actions[type] ?? []).forEach((action, i) => {
        total += 1;
        const email = action.email.toLowerCase();
        const failure = failOnce.get(email);
        if (failure !== undefined) {
          failOnce.delete(email);
          job.errors.push({ code: "ActionFailed", message: failure, target: `${type}[${i}].email` });
          return;
        }
        const user = users.find((u) => sameEmail(u.email, email))!;
        user.roles =
          type === "assignRoles"
            ? [...user.roles, ...action.roleIds.filter((id) => !user.roles.some((r) => r.id === id)).map(roleRef)]
            : user.roles.filter((r) => !action.roleIds.includes(r.id));
      });
    }
    job.status = job.errors.length === 0 ? "Completed" : job.errors.length < total ? "PartialCompleted" : "Failed";
    return job;
  }

  const handlers = [
    http.get(`${AC}/members/users`, () => HttpResponse.json({ members: users, _links: {} })),
    http.post(`${AC}/jobs`, async ({ request }) => {
      const { actions } = (await request.json()) as { actions: JobActions };
      posts.push(actions);
      const id = `job-${posts.length}`;
      jobs.set(id, apply(actions));
      return HttpResponse.json({ id, itwinId: TEST_ITWIN_ID, status: "Active" }, { status: 201 });
    }),
    http.get(`${AC}/jobs/:jobId/actions`, ({ params }) => {
      const job = jobs.get(String(params.jobId));
      return job ? HttpResponse.json({ actions: job.actions }) : notFound();
    }),
    http.get(`${AC}/jobs/:jobId`, ({ params, request }) => {
      const id = String(params.jobId);
      const job = jobs.get(id);
      if (!job) return notFound();
      job.polls += 1;
      if (activePolls > 0) {
        activePolls -= 1;
        return HttpResponse.json({ id, itwinId: TEST_ITWIN_ID, status: "Active" });
      }
      const full = request.headers.get("Prefer") === "return=representation";
      return HttpResponse.json({ id, itwinId: TEST_ITWIN_ID, status: job.status, ...(full && { error: job.errors }) });
    }),
  ];

  return {
    handlers,
    /** Every job body received, in order. */
    posts,
    users,
    /** Lets the jobs finish: the next status answers give their outcome. */
    finish: () => {
      activePolls = 0;
    },
  };
}

function notFound() {
  return HttpResponse.json({ error: { code: "JobNotFound", message: "Requested job is not available." } }, { status: 404 });
}
