// Who has it: from a role or a permission, every person holding it, with each path (direct or group).
import type { Role } from "../../api/wire";
import { GroupIndex, roleCatalogue, rolePathsOf, sameId, type AccessData, type AccessPath, type Person } from "./effective-access";

export type WhoHasItQuery = { kind: "role"; roleId: string } | { kind: "permission"; permission: string };

export interface Holder {
  person: Person;
  paths: AccessPath[];
}

export function whoHasIt(
  query: WhoHasItQuery,
  people: readonly Person[],
  data: AccessData,
  index = new GroupIndex(data.groupMembers, data.groups),
): Holder[] {
  const catalogue = roleCatalogue(data.roles);
  const grants = (roleId: string): boolean => {
    if (query.kind === "role") return sameId(roleId, query.roleId);
    return catalogue.get(roleId.toLowerCase())?.permissions?.includes(query.permission) ?? false;
  };
  const holders: Holder[] = [];
  for (const person of people) {
    const paths = rolePathsOf(person, data.groupMembers, index).filter((p) => grants(p.role.id));
    if (paths.length > 0) holders.push({ person, paths });
  }
  return holders;
}

/** Every permission named by any role, sorted, for the permission pickers. */
export function permissionsOf(roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((r) => r.permissions ?? []))].sort();
}
