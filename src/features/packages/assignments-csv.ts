// The assignments as a CSV table: one row per iTwin role × package role pair, with pending edits marked
// so an exported review shows what is saved and what is not.
import { toCsv } from "../../lib/csv";
import { idKey, packageRolesOf, type AssignmentMap } from "./assignment-diff";
import type { NamedRole } from "./mapping-layout";

export const ASSIGNMENTS_CSV_HEADER = ["Package", "iTwin role", "iTwin role id", "Package role", "Package role id", "State"];

export function assignmentsCsv(
  uniqueName: string,
  iTwinRoles: readonly NamedRole[],
  packageRoles: readonly NamedRole[],
  base: AssignmentMap,
  effective: AssignmentMap,
): string {
  const packageName = new Map(packageRoles.map((p) => [idKey(p.id), p.name]));
  const rows: string[][] = [];
  for (const role of iTwinRoles) {
    const before = packageRolesOf(base, role.id);
    const after = packageRolesOf(effective, role.id);
    for (const p of [...new Set([...before, ...after])].sort()) {
      const state = before.has(p) && after.has(p) ? "saved" : after.has(p) ? "pending addition" : "pending removal";
      rows.push([uniqueName, role.name, role.id, packageName.get(p) ?? p, p, state]);
    }
  }
  return toCsv(ASSIGNMENTS_CSV_HEADER, rows);
}
