// Unsaved cell edits of the matrix. Each entry is the value the user wants for one (role, permission)
// cell; an entry that equals the base is dropped, so "toggle twice" leaves nothing pending. The same
// entries are indexed by role and by permission, and only the inner map that changed is replaced: a
// matrix row can compare its own slice by reference and skip re-rendering when a toggle was elsewhere.
import type { Role } from "../../api/wire";

export type CellValues = ReadonlyMap<string, boolean>;

export interface PendingChanges {
  /** roleId → permission → wanted value */
  byRole: ReadonlyMap<string, CellValues>;
  /** permission → roleId → wanted value */
  byPermission: ReadonlyMap<string, CellValues>;
  size: number;
}

export const noPendingChanges: PendingChanges = { byRole: new Map(), byPermission: new Map(), size: 0 };

export function pendingValue(pending: PendingChanges, roleId: string, permission: string): boolean | undefined {
  return pending.byRole.get(roleId)?.get(permission);
}

function withEntry(
  index: ReadonlyMap<string, CellValues>,
  outer: string,
  inner: string,
  value: boolean | undefined,
): ReadonlyMap<string, CellValues> {
  const next = new Map(index);
  const slice = new Map(index.get(outer) ?? []);
  if (value === undefined) slice.delete(inner);
  else slice.set(inner, value);
  if (slice.size === 0) next.delete(outer);
  else next.set(outer, slice);
  return next;
}

/** Records that the cell should be `wanted`; `baseHas` is what the role has now (the base). */
export function setCell(pending: PendingChanges, roleId: string, permission: string, wanted: boolean, baseHas: boolean): PendingChanges {
  const before = pendingValue(pending, roleId, permission);
  const value = wanted === baseHas ? undefined : wanted;
  if (before === value) return pending;
  const sizeDelta = (value === undefined ? 0 : 1) - (before === undefined ? 0 : 1);
  return {
    byRole: withEntry(pending.byRole, roleId, permission, value),
    byPermission: withEntry(pending.byPermission, permission, roleId, value),
    size: pending.size + sizeDelta,
  };
}

export function toggleCell(pending: PendingChanges, roleId: string, permission: string, baseHas: boolean): PendingChanges {
  const current = pendingValue(pending, roleId, permission) ?? baseHas;
  return setCell(pending, roleId, permission, !current, baseHas);
}

/** Drops every pending entry of the given roles (after they were saved, or when they no longer exist). */
export function withoutRoles(pending: PendingChanges, roleIds: Iterable<string>): PendingChanges {
  let next = pending;
  for (const roleId of roleIds) {
    for (const permission of [...(next.byRole.get(roleId)?.keys() ?? [])]) {
      next = setCell(next, roleId, permission, false, false);
    }
  }
  return next;
}

/** Keeps the user's wanted values for a role whose base changed, dropping those the new base already has. */
export function rebaseRole(pending: PendingChanges, roleId: string, newBase: ReadonlySet<string>): PendingChanges {
  let next = pending;
  for (const [permission, wanted] of pending.byRole.get(roleId) ?? []) {
    next = setCell(next, roleId, permission, wanted, newBase.has(permission));
  }
  return next;
}

export interface RoleChange {
  roleId: string;
  displayName: string;
  /** The permissions the role had when the matrix was loaded: what the server must still have before we save. */
  basePermissions: string[];
  added: string[];
  removed: string[];
  /** The full list to send: PATCH replaces the role's permission set. */
  nextPermissions: string[];
}

/** What saving would change, one entry per role with at least one real difference, ordered by name. */
export function diffPending(pending: PendingChanges, baseRoles: readonly Role[]): RoleChange[] {
  const changes: RoleChange[] = [];
  for (const role of baseRoles) {
    const cells = pending.byRole.get(role.id);
    if (!cells) continue;
    const base = role.permissions ?? [];
    const next = new Set(base);
    const added: string[] = [];
    const removed: string[] = [];
    for (const [permission, wanted] of cells) {
      if (wanted && !next.has(permission)) {
        next.add(permission);
        added.push(permission);
      } else if (!wanted && next.has(permission)) {
        next.delete(permission);
        removed.push(permission);
      }
    }
    if (added.length === 0 && removed.length === 0) continue;
    changes.push({
      roleId: role.id,
      displayName: role.displayName,
      basePermissions: [...base].sort(),
      added: added.sort(),
      removed: removed.sort(),
      nextPermissions: [...next].sort(),
    });
  }
  return changes.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** How many permissions a role has once its pending edits are applied. */
export function effectiveCount(base: ReadonlySet<string>, cells: CellValues | undefined): number {
  let count = base.size;
  for (const [permission, wanted] of cells ?? []) {
    if (wanted && !base.has(permission)) count += 1;
    else if (!wanted && base.has(permission)) count -= 1;
  }
  return count;
}
