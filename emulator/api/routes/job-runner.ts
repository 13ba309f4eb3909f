// Applies an Access Control job's actions one by one, each with its own outcome: an unknown e-mail or
// role fails that action only. The job ends Completed, PartialCompleted or Failed.
import { findUserByEmail, roleOf, type ITwinRecord, type JobActionType, type JobRecord, type Store } from "../../data/store";
import { union } from "./member-body";
import { sameText } from "../same-text";

type Outcome = { code: string; message: string; target?: string } | undefined;

const ORDER: JobActionType[] = ["assignRoles", "unassignRoles", "removeMembers"];

export function runJob(store: Store, itwin: ITwinRecord, job: JobRecord): void {
  store.pendingJobs.delete(job.id);
  if (job.status !== "Active") return;
  let total = 0;
  for (const type of ORDER) {
    (job.actions[type] ?? []).forEach((action, i) => {
      total += 1;
      const outcome = injected(store, type, action.email, `${type}[${i}]`) ?? apply(store, itwin, type, action, `${type}[${i}]`);
      if (outcome) job.errors.push(outcome);
    });
  }
  job.status = job.errors.length === 0 ? "Completed" : job.errors.length < total ? "PartialCompleted" : "Failed";
}

function injected(store: Store, type: JobActionType, email: string, target: string): Outcome {
  const rule = store.jobActionFailures.find((r) => sameText(r.email, email) && (!r.action || r.action === type));
  if (!rule) return undefined;
  rule.remaining -= 1;
  if (rule.remaining <= 0) store.jobActionFailures = store.jobActionFailures.filter((r) => r !== rule);
  return { code: "ActionFailed", message: "The action could not be completed.", target };
}

function apply(
  store: Store,
  itwin: ITwinRecord,
  type: JobActionType,
  action: { email: string; roleIds?: string[] },
  target: string,
): Outcome {
  const user = findUserByEmail(store, action.email);
  const roleIds = (action.roleIds ?? []).map((r) => r.toLowerCase());
  if (type === "assignRoles") {
    // Someone who is not a member yet is added with the roles.
    if (!user) return { code: "UserNotFound", message: "Requested user is not available.", target: `${target}.email` };
    const unknown = roleIds.findIndex((r) => !roleOf(itwin, r));
    if (unknown >= 0) return { code: "RoleNotFound", message: "Requested Role is not available.", target: `${target}.roleIds[${unknown}]` };
    itwin.userMembers.set(user.id, union(itwin.userMembers.get(user.id) ?? [], roleIds));
    return undefined;
  }
  if (!user || !itwin.userMembers.has(user.id))
    return { code: "TeamMemberNotFound", message: "Requested team member is not available.", target: `${target}.email` };
  if (type === "removeMembers") {
    itwin.userMembers.delete(user.id);
    return undefined;
  }
  const unknown = roleIds.findIndex((r) => !roleOf(itwin, r));
  if (unknown >= 0) return { code: "RoleNotFound", message: "Requested Role is not available.", target: `${target}.roleIds[${unknown}]` };
  itwin.userMembers.set(
    user.id,
    (itwin.userMembers.get(user.id) ?? []).filter((r) => !roleIds.includes(r)),
  );
  return undefined;
}
