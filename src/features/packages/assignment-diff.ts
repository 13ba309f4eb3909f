// The editor's pending changes and the requests that carry them. The editor keeps the server's
// assignments (base) apart from the user's edits (overrides: the full package-role set the user wants
// for each iTwin role they touched), so a change on the server to a role the user did not touch is
// never overwritten. Ids are compared case-insensitively (GUIDs), hence the lower-casing.
import type { Assignment, AssignmentListRequest, RemoveAssignmentsRequest } from "../../api/wire";

/** iTwin role id → the package role ids it holds. */
export type AssignmentMap = ReadonlyMap<string, ReadonlySet<string>>;

export const idKey = (id: string) => id.toLowerCase();

export function toAssignmentMap(assignments: readonly Assignment[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const a of assignments) {
    const set = map.get(idKey(a.iTwinRoleId)) ?? new Set<string>();
    for (const p of a.packageRoles) set.add(idKey(p.packageRoleId));
    if (set.size > 0) map.set(idKey(a.iTwinRoleId), set);
  }
  return map;
}

const EMPTY: ReadonlySet<string> = new Set();

export function packageRolesOf(map: AssignmentMap, iTwinRoleId: string): ReadonlySet<string> {
  return map.get(idKey(iTwinRoleId)) ?? EMPTY;
}

export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** What the picture and table show: the server's assignments with the user's edits laid over them. */
export function effectiveAssignments(base: AssignmentMap, overrides: AssignmentMap): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [role, set] of base) result.set(role, new Set(set));
  for (const [role, set] of overrides) {
    if (set.size === 0) result.delete(role);
    else result.set(role, new Set(set));
  }
  return result;
}

/** Sets (on or off) one package role for several iTwin roles. */
export function withPackageRole(
  base: AssignmentMap,
  overrides: AssignmentMap,
  iTwinRoleIds: readonly string[],
  packageRoleId: string,
  on: boolean,
): Map<string, Set<string>> {
  const next = new Map(overrides);
  for (const id of iTwinRoleIds) {
    const role = idKey(id);
    const set = new Set(next.get(role) ?? base.get(role) ?? EMPTY);
    if (on) set.add(idKey(packageRoleId));
    else set.delete(idKey(packageRoleId));
    next.set(role, set);
  }
  return dropUnchanged(base, next);
}

/** Removes every package role of the given iTwin roles. */
export function withoutPackageRoles(
  base: AssignmentMap,
  overrides: AssignmentMap,
  iTwinRoleIds: readonly string[],
): Map<string, Set<string>> {
  const next = new Map(overrides);
  for (const id of iTwinRoleIds) next.set(idKey(id), new Set());
  return dropUnchanged(base, next);
}

/** An override equal to the base is no edit at all (e.g. ticked, then unticked again). */
export function dropUnchanged(base: AssignmentMap, overrides: AssignmentMap): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  for (const [role, set] of overrides) if (!sameSet(set, packageRolesOf(base, role))) next.set(role, new Set(set));
  return next;
}

export type ChangeKind = "add" | "replace" | "remove";

export interface RoleChange {
  iTwinRoleId: string;
  kind: ChangeKind;
  before: string[];
  after: string[];
  added: string[];
  removed: string[];
}

export interface AssignmentPlan {
  changes: RoleChange[];
  /** POST: only additions — safest, it touches nothing the user did not ask for. */
  post?: AssignmentListRequest;
  /** PATCH: the role keeps some package roles but loses others — its whole set is replaced. */
  patch?: AssignmentListRequest;
  /** DELETE: the role loses every package role. */
  remove?: RemoveAssignmentsRequest;
}

export function planAssignmentChanges(base: AssignmentMap, overrides: AssignmentMap): AssignmentPlan {
  const changes: RoleChange[] = [];
  for (const role of [...overrides.keys()].sort()) {
    const before = [...packageRolesOf(base, role)].sort();
    const after = [...(overrides.get(role) ?? EMPTY)].sort();
    const added = after.filter((p) => !before.includes(p));
    const removed = before.filter((p) => !after.includes(p));
    if (added.length === 0 && removed.length === 0) continue;
    const kind: ChangeKind = after.length === 0 ? "remove" : removed.length === 0 ? "add" : "replace";
    changes.push({ iTwinRoleId: role, kind, before, after, added, removed });
  }
  const adds = changes.filter((c) => c.kind === "add");
  const replaces = changes.filter((c) => c.kind === "replace");
  const removes = changes.filter((c) => c.kind === "remove");
  return {
    changes,
    ...(adds.length > 0 && { post: { assignments: adds.map((c) => ({ iTwinRoleId: c.iTwinRoleId, packageRoleIds: c.added })) } }),
    ...(replaces.length > 0 && { patch: { assignments: replaces.map((c) => ({ iTwinRoleId: c.iTwinRoleId, packageRoleIds: c.after })) } }),
    ...(removes.length > 0 && { remove: { iTwinRoleIds: removes.map((c) => c.iTwinRoleId) } }),
  };
}

/**
 * The edited roles whose server state moved since the user started editing them: `editedFrom` holds
 * what each role had when first touched, `fresh` what the server has now.
 */
export function conflictingRoles(editedFrom: AssignmentMap, fresh: AssignmentMap): string[] {
  return [...editedFrom.keys()].filter((role) => !sameSet(editedFrom.get(role) ?? EMPTY, packageRolesOf(fresh, role))).sort();
}
