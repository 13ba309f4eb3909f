// The roles a change gives or takes, with their permissions as the index has them: the iTwin's own roles
// and the Account iTwin's (usable on every iTwin). A role the index does not know keeps its id as name.
import type { OrgIndex } from "../index-queries";
import type { ITwinSnapshot, RoleFact } from "../snapshot";
import type { RoleEffect } from "./plan";

export function rolesOf(itwin: Pick<ITwinSnapshot, "roles"> | null, index: OrgIndex, roleIds: readonly string[]): RoleEffect[] {
  const known = new Map<string, RoleFact>([...(index.account?.roles ?? []), ...(itwin?.roles ?? [])].map((r) => [r.id, r]));
  return roleIds.map((id) => {
    const role = known.get(id);
    return { id, displayName: role?.displayName ?? id, permissions: role?.permissions ?? [] };
  });
}

/** Each role once, in the order first met. */
export function dedupe(roles: RoleEffect[]): RoleEffect[] {
  return [...new Map(roles.map((r) => [r.id, r])).values()];
}

/** What an Account iTwin group holds wherever it is a group member, on these iTwins. */
export function accountGroupRoles(index: OrgIndex, groupId: string, itwins: readonly ITwinSnapshot[] = index.itwins): RoleEffect[] {
  return dedupe(itwins.flatMap((t) => t.groupMembers.filter((g) => g.id === groupId).flatMap((g) => rolesOf(t, index, g.roleIds))));
}
