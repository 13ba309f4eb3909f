// Bulk role changes, planned before anything is sent: for each selected member the role set after the
// change (PATCH replaces the whole set), what is added and removed, and whether there is anything to do.
// A member left with no role, or with more than the API's 50, is blocked here rather than refused later.
import type { Role, RoleRef, UserMember } from "../../api/wire";
import { sameId } from "./effective-access";

export const MAX_ROLE_IDS = 50;

export interface BulkChange {
  add: readonly string[];
  remove: readonly string[];
}

export type PlanState = "change" | "unchanged" | "blocked";

export interface PlanEntry {
  member: UserMember;
  /** The complete role set to send (roleIds). */
  roleIds: string[];
  added: RoleRef[];
  removed: RoleRef[];
  state: PlanState;
  reason?: string;
}

/** Roles asked to be both added and removed: the change is contradictory. */
export function conflictingRoleIds(change: BulkChange): string[] {
  return change.add.filter((a) => change.remove.some((r) => sameId(a, r)));
}

function refOf(roleId: string, roles: readonly Role[]): RoleRef {
  const role = roles.find((r) => sameId(r.id, roleId));
  return role ? { id: role.id, displayName: role.displayName } : { id: roleId, displayName: roleId };
}

export function planMember(member: UserMember, change: BulkChange, roles: readonly Role[]): PlanEntry {
  const has = (id: string) => member.roles.some((r) => sameId(r.id, id));
  const removed = member.roles.filter((r) => change.remove.some((id) => sameId(id, r.id)));
  const added = change.add.filter((id, i) => !has(id) && change.add.findIndex((x) => sameId(x, id)) === i).map((id) => refOf(id, roles));
  const kept = member.roles.filter((r) => !removed.includes(r));
  const roleIds = [...kept.map((r) => r.id), ...added.map((r) => r.id)];
  const base = { member, roleIds, added, removed };
  if (added.length === 0 && removed.length === 0) return { ...base, state: "unchanged", reason: "Already in the target state" };
  if (roleIds.length === 0)
    return {
      ...base,
      state: "blocked",
      reason: "Would be left with no role (the API cannot save an empty role set; remove the member instead)",
    };
  if (roleIds.length > MAX_ROLE_IDS)
    return { ...base, state: "blocked", reason: `Would hold ${roleIds.length} roles; at most ${MAX_ROLE_IDS} can be saved` };
  return { ...base, state: "change" };
}

export function buildBulkPlan(members: readonly UserMember[], change: BulkChange, roles: readonly Role[]): PlanEntry[] {
  return members.map((m) => planMember(m, change, roles));
}

export function planSummary(plan: readonly PlanEntry[]): Record<PlanState, number> {
  const counts: Record<PlanState, number> = { change: 0, unchanged: 0, blocked: 0 };
  for (const e of plan) counts[e.state] += 1;
  return counts;
}
