// Check access: does a person hold a permission, through which paths, and if not, which roles would
// grant it (so the answer says what to do next).
import type { Role } from "../../api/wire";
import type { AccessPath, EffectiveAccess } from "./effective-access";

export interface CheckAccessResult {
  granted: boolean;
  /** Granted because the person owns the iTwin (owners hold every permission without any role). */
  owner: boolean;
  paths: AccessPath[];
  /** Roles of the catalogue that include the permission, by name (useful mainly when not granted). */
  rolesThatWouldGrant: Role[];
}

export function checkAccess(access: EffectiveAccess, permission: string, roles: readonly Role[]): CheckAccessResult {
  const paths = access.permissions.find((p) => p.permission === permission)?.paths ?? [];
  const rolesThatWouldGrant = roles
    .filter((r) => r.permissions?.includes(permission))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { granted: access.owner || paths.length > 0, owner: access.owner, paths, rolesThatWouldGrant };
}
