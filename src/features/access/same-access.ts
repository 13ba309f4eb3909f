// "Same access as…": the target member gets exactly the source member's direct roles. Group roles are
// not copied (they follow group membership); the diff shows what the PATCH would add and remove.
import type { RoleRef } from "../../api/wire";
import { MAX_ROLE_IDS } from "./bulk-plan";
import { sameId } from "./effective-access";

export interface SameAccessDiff {
  roleIds: string[];
  added: RoleRef[];
  removed: RoleRef[];
  kept: RoleRef[];
  /** Why it cannot be applied, when it cannot. */
  blocked?: string;
}

export function sameAccessDiff(target: { roles: readonly RoleRef[] }, source: { roles: readonly RoleRef[] }): SameAccessDiff {
  const inSource = (r: RoleRef) => source.roles.some((s) => sameId(s.id, r.id));
  const inTarget = (r: RoleRef) => target.roles.some((t) => sameId(t.id, r.id));
  const sourceRoles = source.roles.filter((r, i) => source.roles.findIndex((x) => sameId(x.id, r.id)) === i);
  const diff: SameAccessDiff = {
    roleIds: sourceRoles.map((r) => r.id),
    added: sourceRoles.filter((r) => !inTarget(r)),
    removed: target.roles.filter((r) => !inSource(r)),
    kept: target.roles.filter(inSource),
  };
  if (sourceRoles.length === 0) diff.blocked = "The chosen member holds no direct role; the API cannot save an empty role set.";
  else if (sourceRoles.length > MAX_ROLE_IDS) diff.blocked = `At most ${MAX_ROLE_IDS} roles can be saved.`;
  else if (diff.added.length === 0 && diff.removed.length === 0) diff.blocked = "Both already hold the same direct roles.";
  return diff;
}
