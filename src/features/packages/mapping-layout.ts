// Geometry of the mapping picture: iTwin roles in a column on the left, package roles on the right,
// one line per assignment. Lines are "saved" (on the server and kept), "added" (pending, not yet
// saved) or "removed" (on the server, pending removal) — the picture draws each state differently.
import { idKey, packageRolesOf, type AssignmentMap } from "./assignment-diff";
import { revealHidden } from "../../lib/server-text";

export interface NamedRole {
  id: string;
  name: string;
}

export interface MappingNode extends NamedRole {
  side: "itwin" | "package";
  x: number;
  y: number;
  /** The label as drawn (long names are shortened; the full name stays in a <title>). */
  label: string;
}

export type LineState = "saved" | "added" | "removed";

export interface MappingLine {
  iTwinRoleId: string;
  packageRoleId: string;
  state: LineState;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Part of a bundle: the line ends at its bundle's merge point, which one trunk joins to the target. */
  bundled: boolean;
}

/** Many lines into one package role, merged before the target so they read as one arrow with a count. */
export interface MappingBundle {
  packageRoleId: string;
  count: number;
  /** The merge point, and the target's edge the trunk runs to. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MappingLayout {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  iTwinNodes: MappingNode[];
  packageNodes: MappingNode[];
  lines: MappingLine[];
  bundles: MappingBundle[];
}

export const LAYOUT = { width: 720, nodeWidth: 250, nodeHeight: 26, rowGap: 8, top: 40, bottom: 16, maxLabel: 32 } as const;
/** Above this many rows the picture packs its rows tighter, so a large iTwin stays a sensible size. */
export const COMPACT_FROM_ROWS = 40;
const COMPACT = { nodeHeight: 18, rowGap: 2 } as const;
/** From this many lines into one package role, they are bundled. */
export const BUNDLE_FROM = 6;
const BUNDLE_GAP = 56;

export function shorten(text: string, max: number = LAYOUT.maxLabel): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function layoutMapping(
  iTwinRoles: readonly NamedRole[],
  packageRoles: readonly NamedRole[],
  base: AssignmentMap,
  effective: AssignmentMap,
): MappingLayout {
  const { width, nodeWidth, top, bottom } = LAYOUT;
  const rows = Math.max(iTwinRoles.length, packageRoles.length, 1);
  const { nodeHeight, rowGap } = rows > COMPACT_FROM_ROWS ? COMPACT : LAYOUT;
  const row = nodeHeight + rowGap;
  const height = top + rows * row + bottom;
  // A short package column is centred against a few iTwin roles, but against a long one it stays at the
  // top: the targets must be in view where the picture opens, not half-way down a tall picture.
  const offset = (count: number) => (rows > COMPACT_FROM_ROWS ? top : top + ((rows - count) * row) / 2);

  const iTwinNodes: MappingNode[] = iTwinRoles.map((r, i) => ({
    ...r,
    side: "itwin",
    x: 8,
    y: offset(iTwinRoles.length) + i * row,
    label: shorten(revealHidden(r.name)),
  }));
  const packageNodes: MappingNode[] = packageRoles.map((r, i) => ({
    ...r,
    side: "package",
    x: width - nodeWidth - 8,
    y: offset(packageRoles.length) + i * row,
    label: shorten(revealHidden(r.name)),
  }));
  const packageById = new Map(packageNodes.map((n) => [idKey(n.id), n]));

  const lines: MappingLine[] = [];
  for (const node of iTwinNodes) {
    const before = packageRolesOf(base, node.id);
    const after = packageRolesOf(effective, node.id);
    for (const packageRoleId of new Set([...before, ...after])) {
      const target = packageById.get(packageRoleId);
      if (!target) continue;
      const state: LineState =
        before.has(packageRoleId) && after.has(packageRoleId) ? "saved" : after.has(packageRoleId) ? "added" : "removed";
      lines.push({
        iTwinRoleId: idKey(node.id),
        packageRoleId,
        state,
        x1: node.x + nodeWidth,
        y1: node.y + nodeHeight / 2,
        x2: target.x,
        y2: target.y + nodeHeight / 2,
        bundled: false,
      });
    }
  }
  const bundles: MappingBundle[] = [];
  for (const target of packageNodes) {
    const into = lines.filter((l) => l.packageRoleId === idKey(target.id));
    if (into.length < BUNDLE_FROM) continue;
    const merge = { x: target.x - BUNDLE_GAP, y: target.y + nodeHeight / 2 };
    for (const l of into) Object.assign(l, { x2: merge.x, y2: merge.y, bundled: true });
    bundles.push({ packageRoleId: idKey(target.id), count: into.length, x1: merge.x, y1: merge.y, x2: target.x, y2: merge.y });
  }
  return { width, height, nodeWidth, nodeHeight, iTwinNodes, packageNodes, lines, bundles };
}

/** The filter box: roles whose name matches the text, optionally only those holding (or about to hold or lose) package roles. */
export function filterITwinRoles<R extends NamedRole>(
  roles: readonly R[],
  text: string,
  onlyAssigned: boolean,
  base: AssignmentMap,
  effective: AssignmentMap,
): R[] {
  const needle = text.trim().toLowerCase();
  return roles.filter((r) => {
    if (needle && !r.name.toLowerCase().includes(needle)) return false;
    if (onlyAssigned && packageRolesOf(base, r.id).size === 0 && packageRolesOf(effective, r.id).size === 0) return false;
    return true;
  });
}
