// Which permission a failed save of this plan most likely lacked, for "this needs …" beside the error:
// the permissions every assignment change needs first, then those behind the package roles it touches.
import { roleOperations } from "../../api/operations/accesscontrol-roles";
import { permissionOf } from "../../api/operations/define";
import { edfsOperations } from "../../api/operations/edfs";
import type { AssignmentPlan } from "./assignment-diff";
import { permissionsBehind } from "./package-role-permissions";

const { replacePackageRoleAssignments } = edfsOperations;
/** What every assignment change needs, in the order a refusal names them. */
const ASSIGNING = replacePackageRoleAssignments.permissions;
export const MANAGE_ASSIGNMENTS = permissionOf(replacePackageRoleAssignments);
/** Listing the iTwin's roles to assign to. */
export const MANAGE_ROLES = permissionOf(roleOperations.listRoles);

export function permissionNeededForPlan(
  plan: Pick<AssignmentPlan, "changes">,
  packageRoles: readonly { id: string; name: string }[],
  held: ReadonlySet<string> | undefined,
): string {
  const lacking = held && ASSIGNING.find((p) => !held.has(p));
  if (lacking) return lacking;
  const touched = new Set(plan.changes.flatMap((c) => [...c.added, ...c.removed]));
  const missing = packageRoles
    .filter((p) => touched.has(p.id))
    .flatMap((p) => permissionsBehind(p).filter((perm) => held && !held.has(perm)));
  return missing[0] ?? MANAGE_ASSIGNMENTS;
}
