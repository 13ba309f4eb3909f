// Comparing two or three roles permission by permission: what only one has, what all share, and (for
// three) what some share. Sections are derived from which roles hold each permission.
import type { Role } from "../../api/wire";
import { toCsv } from "../../lib/csv";
import { serviceOf } from "./permission-groups";

export interface CompareSection {
  /** "Only in Reader", "In all 2 roles", "In Reader and Writer" */
  title: string;
  /** Ids of the roles holding every permission of this section. */
  holderIds: string[];
  permissions: string[];
}

export interface RoleComparison {
  roles: Role[];
  sections: CompareSection[];
  /** Every permission any compared role holds, sorted, with who holds it. */
  rows: Array<{ permission: string; held: boolean[] }>;
}

export function compareRoles(roles: readonly Role[]): RoleComparison {
  const sets = roles.map((r) => new Set(r.permissions ?? []));
  const all = [...new Set(sets.flatMap((s) => [...s]))].sort();
  const rows = all.map((permission) => ({ permission, held: sets.map((s) => s.has(permission)) }));
  const bySignature = new Map<string, string[]>();
  for (const row of rows) {
    const signature = row.held.map((h) => (h ? "1" : "0")).join("");
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), row.permission]);
  }
  const sections: CompareSection[] = [];
  const titleOf = (holders: number[]) => {
    if (holders.length === roles.length) return roles.length === 2 ? "In both" : `In all ${roles.length} roles`;
    if (holders.length === 1) return `Only in ${roles[holders[0]!]!.displayName}`;
    return `In ${holders.map((i) => roles[i]!.displayName).join(" and ")}`;
  };
  // Order: each role's own permissions first, then shared ones, then what all hold.
  const signatures = [...bySignature.keys()].sort((a, b) => count(a) - count(b) || b.localeCompare(a));
  for (const signature of signatures) {
    const holders = [...signature].flatMap((c, i) => (c === "1" ? [i] : []));
    sections.push({ title: titleOf(holders), holderIds: holders.map((i) => roles[i]!.id), permissions: bySignature.get(signature)! });
  }
  return { roles: [...roles], sections, rows };
}

function count(signature: string): number {
  return [...signature].filter((c) => c === "1").length;
}

export function comparisonToCsv(comparison: RoleComparison): string {
  const names = comparison.roles.map((r) => r.displayName);
  const sectionOf = new Map(comparison.sections.flatMap((s) => s.permissions.map((p) => [p, s.title] as const)));
  return toCsv(
    ["Permission", "Service", ...names, "Difference"],
    comparison.rows.map((row) => [
      row.permission,
      serviceOf(row.permission),
      ...row.held.map((h) => (h ? "yes" : "no")),
      sectionOf.get(row.permission) ?? "",
    ]),
  );
}
