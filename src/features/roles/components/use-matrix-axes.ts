// What the matrix shows: the filtered roles and permissions, and the grid's rows and columns built from them.
import { useMemo, useRef } from "react";
import type { Role } from "../../../api/wire";
import { applyFilters, permissionColumns, permissionRows, roleColumns, roleRows, type Granted, type MatrixFilters } from "../matrix";

/**
 * The previous array while every element is the same (===): a toggle recomputes the filter but usually
 * shows the same axes, and the grid's rows are memoized against their identity.
 */
function useSameItems<T>(items: readonly T[]): readonly T[] {
  const last = useRef(items);
  const prev = last.current;
  if (prev !== items && (prev.length !== items.length || prev.some((item, i) => item !== items[i]))) last.current = items;
  return last.current;
}

export function useMatrixAxes(opts: {
  roles: readonly Role[];
  catalogue: readonly string[];
  baseRoles: readonly Role[];
  filters: MatrixFilters;
  granted: Granted;
  swapped: boolean;
  collapsed: ReadonlySet<string>;
  /** Which of the roles are account roles (marked, read-only). */
  accountRoleIds?: ReadonlySet<string>;
}) {
  const { roles, catalogue, baseRoles, filters, granted, swapped, collapsed, accountRoleIds } = opts;
  // Every permission that exists, plus any a role holds that the catalogue does not list (shown, not hidden).
  const allPermissions = useMemo(() => [...new Set([...catalogue, ...roles.flatMap((r) => r.permissions ?? [])])], [catalogue, roles]);
  const filtered = useMemo(() => applyFilters(baseRoles, allPermissions, filters, granted), [baseRoles, allPermissions, filters, granted]);
  // Only the "only where selected roles differ" filter depends on pending edits.
  // The iTwin's own roles first (the ones edited here), then the account's.
  const shownRoles = useSameItems(
    accountRoleIds && accountRoleIds.size > 0
      ? [...filtered.roles.filter((r) => !accountRoleIds.has(r.id)), ...filtered.roles.filter((r) => accountRoleIds.has(r.id))]
      : filtered.roles,
  );
  const shownPermissions = useSameItems(filtered.permissions);
  const rows = useMemo(
    () => (swapped ? roleRows(shownRoles, accountRoleIds) : permissionRows(shownPermissions, collapsed)),
    [swapped, shownRoles, shownPermissions, collapsed, accountRoleIds],
  );
  const columns = useMemo(
    () => (swapped ? permissionColumns(shownPermissions) : roleColumns(shownRoles, accountRoleIds)),
    [swapped, shownRoles, shownPermissions, accountRoleIds],
  );
  return { allPermissions, noTextMatch: filtered.noTextMatch, shownRoles, shownPermissions, rows, columns };
}
