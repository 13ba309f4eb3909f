// Every integration package against every iTwin role that holds a package role in any of them: one row
// per role, one column per package, each cell the package roles the role holds there. Rows are grouped
// by role type; roles holding nothing are left out unless asked for.
import type { Assignment, PackageSummary, Role } from "../../api/wire";
import { toCsv } from "../../lib/csv";

export interface OverviewRow {
  roleId: string;
  roleName: string;
  group: string;
  /** uniqueName → package role names held in that package. */
  cells: Map<string, string[]>;
}

export interface Overview {
  packages: PackageSummary[];
  groups: { name: string; rows: OverviewRow[] }[];
  /** Packages whose assignments could not be read. */
  unreadable: string[];
  totalRows: number;
}

export interface OverviewFilter {
  role: string;
  pkg: string;
  showEmptyRoles: boolean;
  /** Only packages with at least one assignment among the rows shown. */
  onlyAssignedPackages: boolean;
}

const lower = (s: string) => s.toLowerCase();

export function buildOverview(
  packages: readonly PackageSummary[],
  roles: readonly Role[],
  assignments: ReadonlyMap<string, readonly Assignment[] | "error">,
  filter: OverviewFilter,
): Overview {
  const pkgNeedle = lower(filter.pkg.trim());
  const roleNeedle = lower(filter.role.trim());
  const byRole = new Map<string, OverviewRow>();
  const roleById = new Map(roles.map((r) => [lower(r.id), r]));
  const unreadable: string[] = [];
  const pkgs = packages.filter((p) => !pkgNeedle || lower(p.name).includes(pkgNeedle) || lower(p.uniqueName).includes(pkgNeedle));

  const rowFor = (roleId: string, name: string | null | undefined): OverviewRow => {
    const key = lower(roleId);
    let row = byRole.get(key);
    if (!row) {
      const role = roleById.get(key);
      row = { roleId, roleName: role?.displayName ?? name ?? roleId, group: role?.type ?? "Other", cells: new Map() };
      byRole.set(key, row);
    }
    return row;
  };

  for (const p of pkgs) {
    const list = assignments.get(p.uniqueName);
    if (list === "error") unreadable.push(p.name);
    for (const a of list === "error" || !list ? [] : list) {
      if (a.packageRoles.length === 0) continue;
      rowFor(a.iTwinRoleId, a.iTwinRoleName).cells.set(
        p.uniqueName,
        a.packageRoles.map((r) => r.packageRoleName ?? r.packageRoleId),
      );
    }
  }
  if (filter.showEmptyRoles) for (const r of roles) rowFor(r.id, r.displayName);

  const rows = [...byRole.values()]
    .filter((r) => !roleNeedle || lower(r.roleName).includes(roleNeedle))
    .sort((a, b) => a.roleName.localeCompare(b.roleName));
  const shownPackages = filter.onlyAssignedPackages ? pkgs.filter((p) => rows.some((r) => r.cells.has(p.uniqueName))) : pkgs;
  const groupNames = [...new Set(rows.map((r) => r.group))].sort();
  return {
    packages: shownPackages,
    groups: groupNames.map((name) => ({ name, rows: rows.filter((r) => r.group === name) })),
    unreadable,
    totalRows: rows.length,
  };
}

export function overviewCsv(overview: Overview): string {
  const header = ["Role group", "iTwin role", ...overview.packages.map((p) => p.name)];
  const rows = overview.groups.flatMap((g) =>
    g.rows.map((r) => [g.name, r.roleName, ...overview.packages.map((p) => (r.cells.get(p.uniqueName) ?? []).join("; "))]),
  );
  return toCsv(header, rows);
}
