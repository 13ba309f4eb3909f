// The matrix as CSV: one row per shown permission, one column per shown role — exactly what the current
// filters show (collapsed groups included: collapsing is a view choice, not a filter), pending edits
// included so the file matches the screen.
import type { Role } from "../../api/wire";
import { toCsv } from "../../lib/csv";
import { permissionLabel } from "../../lib/permission-labels";
import type { Granted } from "./matrix";
import { serviceOf } from "./permission-groups";

export function matrixToCsv(roles: readonly Role[], permissions: readonly string[], granted: Granted): string {
  return toCsv(
    ["Service", "Permission", "Permission label", ...roles.map((r) => r.displayName)],
    permissions.map((p) => [serviceOf(p), p, permissionLabel(p)?.label ?? "", ...roles.map((r) => (granted(r.id, p) ? "yes" : ""))]),
  );
}
