// Which permission a failed save of this plan most likely lacked, for "this needs …" beside the error:
// the permissions every assignment change needs first, then those behind the package roles it touches.
import type { AssignmentPlan } from "./assignment-diff";
import { permissionsBehind } from "./package-role-permissions";

export const MANAGE_ASSIGNMENTS = "edfs_ilsmng";
export const MANAGE_ROLES = "administration_manage_roles";

export function permissionNeededForPlan(
  plan: Pick<AssignmentPlan, "changes">,
  packageRoles: readonly { id: string; name: string }[],
  held: ReadonlySet<string> | undefined,
): string {
  if (held && !held.has(MANAGE_ASSIGNMENTS)) return MANAGE_ASSIGNMENTS;
  if (held && !held.has(MANAGE_ROLES)) return MANAGE_ROLES;
  const touched = new Set(plan.changes.flatMap((c) => [...c.added, ...c.removed]));
  const missing = packageRoles
    .filter((p) => touched.has(p.id))
    .flatMap((p) => permissionsBehind(p).filter((perm) => held && !held.has(perm)));
  return missing[0] ?? MANAGE_ASSIGNMENTS;
}
