// The permissions behind each package role. listPackageRoles does not list them; the EDFS docs do:
// "Execute Integration Package" carries edfs_objipexec, and whoever assigns or unassigns a package role
// must hold its permissions. Unknown package roles are left enabled: the server has the last word.
import { Permission } from "../../api/operations/permissions";
import type { PackageRole } from "../../api/wire";

const PERMISSIONS_BY_ROLE_NAME: Record<string, readonly string[]> = {
  "execute integration package": [Permission.edfsExecutePackage],
};

export function permissionsBehind(role: Pick<PackageRole, "name">): readonly string[] {
  return PERMISSIONS_BY_ROLE_NAME[role.name.trim().toLowerCase()] ?? [];
}

/** The permissions the caller lacks to grant `role`; empty when allowed or when their permissions are unknown. */
export function missingPermissionsFor(role: Pick<PackageRole, "name">, held: ReadonlySet<string> | undefined): string[] {
  if (!held) return [];
  return permissionsBehind(role).filter((p) => !held.has(p));
}

export function disabledReason(missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  return `Needs ${missing.join(", ")}, which you do not have on this iTwin.`;
}
