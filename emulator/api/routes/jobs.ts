// Access Control jobs: bulk role assignment, unassignment and member removal by e-mail on one iTwin.
// A job is Active for the jobDelayMs setting, then its actions apply one by one (job-runner.ts).
// Errors are shown only with Prefer: return=representation.
import { randomUUID } from "node:crypto";
import type { ErrorDetail } from "../../../src/api/wire";
import type { ITwinRecord, JobAction, JobActionType, JobRecord } from "../../data/store";
import { jobOperations } from "../../../src/api/operations/accesscontrol-jobs";
import { acITwin, requirePermissions } from "../authorize";
import { detail, errors, isGuid } from "../errors";
import { EMAIL, bodyObject, created, ok, type RequestContext, type Router } from "../http";
import { route } from "../operation-routes";
import { runJob } from "./job-runner";

/** At most 100 actions per action group. */
export const MAX_JOB_ACTIONS = 100;
const TYPES: JobActionType[] = ["assignRoles", "unassignRoles", "removeMembers"];
const NEEDS: Record<JobActionType, string> = {
  assignRoles: "administration_invite_member",
  unassignRoles: "administration_invite_member",
  removeMembers: "administration_remove_member",
};

export function registerJobs(router: Router): void {
  route(router, jobOperations.createJob, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const raw = bodyObject(ctx)?.actions;
    const present = TYPES.filter((t) => typeof raw === "object" && raw !== null && (raw as Record<string, unknown>)[t] !== undefined);
    // The permission Bentley requires is not published: what the same change needs one member at a time.
    requirePermissions(ctx, itwin, [...new Set((present.length ? present : TYPES).map((t) => NEEDS[t]))]);
    const actions = validateActions(ctx);
    const job: JobRecord = { id: randomUUID(), itwinId: itwin.id, status: "Active", actions, errors: [], createdBy: ctx.caller.id };
    ctx.store.jobs.set(job.id, job);
    schedule(ctx, itwin, job);
    return created({ id: job.id, itwinId: job.itwinId, status: job.status });
  });

  route(router, jobOperations.getJob, (ctx) => {
    const { job } = findJob(ctx);
    const full = /return=representation/i.test(String(ctx.headers.prefer ?? ""));
    return ok(
      full
        ? { id: job.id, itwinId: job.itwinId, status: job.status, error: job.errors }
        : { id: job.id, itwinId: job.itwinId, status: job.status },
    );
  });

  route(router, jobOperations.getJobActions, (ctx) => ok({ actions: findJob(ctx).job.actions }));
}

function schedule(ctx: RequestContext, itwin: ITwinRecord, job: JobRecord): void {
  const store = ctx.store;
  const run = () => runJob(store, itwin, job);
  store.pendingJobs.set(job.id, run);
  setTimeout(run, ctx.settings.jobDelayMs).unref();
}

function findJob(ctx: RequestContext): { itwin: ITwinRecord; job: JobRecord } {
  const itwin = acITwin(ctx, ctx.params.iTwinId);
  const id = ctx.params.jobId?.toLowerCase();
  const job = id ? ctx.store.jobs.get(id) : undefined;
  if (!job || job.itwinId !== itwin.id) throw errors.jobNotFound();
  return { itwin, job };
}

function validateActions(ctx: RequestContext): JobRecord["actions"] {
  const body = bodyObject(ctx);
  if (!body) throw errors.jobRequest([detail.invalidBody()]);
  const raw = body.actions;
  if (raw === undefined || raw === null) throw errors.jobRequest([detail.missing("actions")]);
  if (typeof raw !== "object" || Array.isArray(raw)) throw errors.jobRequest([detail.invalidBody()]);
  const groups = raw as Record<string, unknown>;
  const details: ErrorDetail[] = [];
  const out: JobRecord["actions"] = {};
  let count = 0;
  for (const type of TYPES) {
    const list = groups[type];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      details.push(detail.invalidBody());
      continue;
    }
    if (list.length > MAX_JOB_ACTIONS) details.push(detail.tooMany(`actions.${type}`));
    count += list.length;
    out[type] = list.map((entry: unknown, i): JobAction => {
      const at = `actions.${type}[${i}]`;
      const e = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
      const email = typeof e.email === "string" ? e.email.trim() : "";
      if (email === "") details.push(detail.missing(`${at}.email`));
      else if (!EMAIL.test(email)) details.push(detail.invalidValue("Provided email is not valid.", `${at}.email`));
      if (type === "removeMembers") return { email };
      const roleIds = e.roleIds;
      if (roleIds === undefined || roleIds === null) details.push(detail.missing(`${at}.roleIds`));
      else if (!Array.isArray(roleIds) || roleIds.length === 0)
        details.push(detail.invalidValue("At least one role id is required.", `${at}.roleIds`));
      else
        roleIds.forEach((r, j) => {
          if (!isGuid(r)) details.push(detail.invalidValue("Provided role id is not valid.", `${at}.roleIds[${j}]`));
        });
      return { email, roleIds: Array.isArray(roleIds) ? roleIds.filter((r): r is string => typeof r === "string") : [] };
    });
  }
  if (count === 0 && details.length === 0) details.push(detail.invalidBody());
  if (details.length > 0) throw errors.jobRequest(details);
  return out;
}
