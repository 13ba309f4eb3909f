// A bulk plan as Access Control job actions, and the job's per-action results read back per member.
// A job speaks of users by e-mail and of role changes as additions and removals, so a member's planned
// change becomes up to two actions (assignRoles for what is added, unassignRoles for what is taken);
// a member the server lists without an e-mail cannot be named in a job and keeps its own PATCH.
import { actionKey, type AccessAction, type AccessActionResult } from "../../api/access-jobs";
import type { PlanEntry } from "./bulk-plan";

export interface BulkJobPlan {
  /** What goes as jobs. */
  actions: AccessAction[];
  /** Members to change one PATCH at a time (no e-mail to name them by). */
  byPatch: PlanEntry[];
}

export function actionsOfEntry(entry: PlanEntry): AccessAction[] {
  const email = entry.member.email?.trim();
  if (!email) return [];
  const actions: AccessAction[] = [];
  if (entry.added.length) actions.push({ type: "assignRoles", email, roleIds: entry.added.map((r) => r.id) });
  if (entry.removed.length) actions.push({ type: "unassignRoles", email, roleIds: entry.removed.map((r) => r.id) });
  return actions;
}

/** Only entries that change anything are sent. */
export function bulkJobPlan(entries: readonly PlanEntry[]): BulkJobPlan {
  const changing = entries.filter((e) => e.state === "change");
  return {
    actions: changing.flatMap(actionsOfEntry),
    byPatch: changing.filter((e) => !e.member.email?.trim()),
  };
}

export type MemberOutcome =
  /** Sent, and the server has not said yet. */
  { status: "saving" } | { status: "saved" } | { status: "failed"; errors: string[] } | { status: "unknown"; errors: string[] };

/**
 * One member's outcome from the results of its actions (keyed by `actionKey`): waiting while any is in a
 * job not finished yet, saved only when the server confirmed every one, failed when it refused any,
 * unknown when it never said.
 */
export function memberOutcome(
  entry: PlanEntry,
  results: Readonly<Record<string, AccessActionResult>>,
  pending: ReadonlySet<string>,
): MemberOutcome | undefined {
  const keys = actionsOfEntry(entry).map(actionKey);
  if (keys.length === 0) return undefined;
  const own = keys.map((k) => results[k]);
  if (keys.some((k) => pending.has(k))) return { status: "saving" };
  const failed = own.filter((r) => r?.outcome === "failed");
  if (failed.length) return { status: "failed", errors: failed.map((r) => r!.error ?? "The server did not apply this change.") };
  const unknown = own.filter((r) => r?.outcome === "unknown");
  if (unknown.length) return { status: "unknown", errors: unknown.map((r) => r!.error ?? "Not known to be applied.") };
  if (own.every((r) => r?.outcome === "succeeded")) return { status: "saved" };
  return undefined;
}

/** The actions the server refused, for "Retry failed". */
export function failedActions(results: Readonly<Record<string, AccessActionResult>>): AccessAction[] {
  return Object.values(results)
    .filter((r) => r.outcome === "failed")
    .map((r) => r.action);
}

/** Results keyed by action, later ones replacing earlier ones (a retry's result wins). */
export function byAction(...lists: (readonly AccessActionResult[])[]): Record<string, AccessActionResult> {
  const out: Record<string, AccessActionResult> = {};
  for (const list of lists) for (const r of list) out[actionKey(r.action)] = r;
  return out;
}
