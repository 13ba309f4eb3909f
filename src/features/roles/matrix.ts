// Building the role × permission matrix: which roles and permissions are shown under the current
// filters, and the rows (service groups and their permissions, or roles when the axes are swapped).
import { permissionMatches } from "../../lib/permission-labels";
import type { Role } from "../../api/wire";
import { groupByService, serviceOf } from "./permission-groups";

export type RoleTypeFilter = "all" | "Custom" | "Default";

export interface MatrixFilters {
  /** Matches role names (narrowing the roles) and permission names (narrowing the permissions). */
  text: string;
  roleType: RoleTypeFilter;
  /** Only permissions on which the selected roles (two or more) do not all agree. */
  onlyDiffering: boolean;
  selectedRoleIds: readonly string[];
}

export const noFilters: MatrixFilters = { text: "", roleType: "all", onlyDiffering: false, selectedRoleIds: [] };

/** Whether a role grants a permission, pending edits included. */
export type Granted = (roleId: string, permission: string) => boolean;

/** Roles without a type predate the field; the API's own roles are "Default", user-made ones "Custom". */
export function roleTypeOf(role: Role): "Custom" | "Default" {
  return role.type?.toLowerCase() === "custom" ? "Custom" : "Default";
}

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort(
    (a, b) => a.displayName.localeCompare(b.displayName, undefined, { sensitivity: "base" }) || a.id.localeCompare(b.id),
  );
}

export interface FilteredMatrix {
  roles: Role[];
  permissions: string[];
  /** The text matched neither a role nor a permission. */
  noTextMatch: boolean;
}

export function applyFilters(
  roles: readonly Role[],
  permissions: readonly string[],
  filters: MatrixFilters,
  granted: Granted,
): FilteredMatrix {
  const typed = sortRoles(roles).filter((r) => filters.roleType === "all" || roleTypeOf(r) === filters.roleType);
  const text = filters.text.trim().toLowerCase();
  let shownRoles = typed;
  let shownPermissions = [...new Set(permissions)].sort();
  let noTextMatch = false;
  if (text) {
    const roleHits = typed.filter((r) => r.displayName.toLowerCase().includes(text));
    const permissionHits = shownPermissions.filter((p) => permissionMatches(p, text));
    noTextMatch = roleHits.length === 0 && permissionHits.length === 0;
    if (roleHits.length > 0) shownRoles = roleHits;
    if (permissionHits.length > 0) shownPermissions = permissionHits;
    if (noTextMatch) {
      shownRoles = [];
      shownPermissions = [];
    }
  }
  const known = new Set(roles.map((r) => r.id));
  const selected = filters.selectedRoleIds.filter((id) => known.has(id));
  if (filters.onlyDiffering && selected.length >= 2) {
    shownPermissions = shownPermissions.filter((p) => {
      const first = granted(selected[0]!, p);
      return selected.some((id) => granted(id, p) !== first);
    });
  }
  return { roles: shownRoles, permissions: shownPermissions, noTextMatch };
}

export interface GroupRow {
  kind: "group";
  key: string;
  service: string;
  permissions: string[];
  collapsed: boolean;
}
export interface PermissionRow {
  kind: "permission";
  key: string;
  permission: string;
  service: string;
}
export interface RoleRow {
  kind: "role";
  key: string;
  role: Role;
  /** Defined on the Account iTwin: shown for the full picture, edited on the account. */
  account?: true;
}
export type MatrixRow = GroupRow | PermissionRow | RoleRow;

export type MatrixColumn =
  { kind: "role"; key: string; role: Role; account?: true } | { kind: "permission"; key: string; permission: string; service: string };

const NO_ACCOUNT_ROLES: ReadonlySet<string> = new Set();

/** Permissions as rows, under one collapsible row per service (prefix before the first "_"). */
export function permissionRows(permissions: readonly string[], collapsed: ReadonlySet<string>): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const [service, list] of groupByService(permissions)) {
    const isCollapsed = collapsed.has(service);
    rows.push({ kind: "group", key: `group:${service}`, service, permissions: list, collapsed: isCollapsed });
    if (!isCollapsed) for (const permission of list) rows.push({ kind: "permission", key: `perm:${permission}`, permission, service });
  }
  return rows;
}

/** One column per role; the ids in `accountRoleIds` are marked as account roles. */
export function roleColumns(roles: readonly Role[], accountRoleIds = NO_ACCOUNT_ROLES): MatrixColumn[] {
  return roles.map((role) => ({
    kind: "role",
    key: `role:${role.id}`,
    role,
    ...(accountRoleIds.has(role.id) && { account: true as const }),
  }));
}

export function roleRows(roles: readonly Role[], accountRoleIds = NO_ACCOUNT_ROLES): MatrixRow[] {
  return roles.map((role) => ({
    kind: "role",
    key: `role:${role.id}`,
    role,
    ...(accountRoleIds.has(role.id) && { account: true as const }),
  }));
}

/** Whether the cell of this row and column belongs to an account role (read-only here). */
export function isAccountCell(row: MatrixRow, column: MatrixColumn): boolean {
  return (row.kind === "role" && row.account === true) || (column.kind === "role" && column.account === true);
}

/** Swapped axes: permissions become columns, in service order (groups cannot be rows any more). */
export function permissionColumns(permissions: readonly string[]): MatrixColumn[] {
  return [...groupByService(permissions).values()]
    .flat()
    .map((permission) => ({ kind: "permission", key: `perm:${permission}`, permission, service: serviceOf(permission) }));
}

/** The (role, permission) a cell stands for, whichever axis holds which. */
export function cellOf(row: MatrixRow, column: MatrixColumn): { roleId: string; permission: string } | undefined {
  if (row.kind === "permission" && column.kind === "role") return { roleId: column.role.id, permission: row.permission };
  if (row.kind === "role" && column.kind === "permission") return { roleId: row.role.id, permission: column.permission };
  return undefined;
}
