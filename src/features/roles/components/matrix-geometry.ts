// The matrix's fixed sizes (windowing needs them up front), and the cell helpers its parts share.
import type { CellValues } from "../pending-changes";

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 84;
export const ROW_HEADER_WIDTH = 300;
export const ROLE_COLUMN_WIDTH = 120;
export const PERMISSION_COLUMN_WIDTH = 160;

/** A grid position: row -1 is the header row, column -1 the row headers. */
export interface Pos {
  r: number;
  c: number;
}

export function granted(
  baseSets: ReadonlyMap<string, ReadonlySet<string>>,
  slice: CellValues | undefined,
  key: string,
  roleId: string,
  permission: string,
): boolean {
  return slice?.get(key) ?? baseSets.get(roleId)?.has(permission) ?? false;
}

/** The indexes start..end-1, plus `extra` (the focused one) when it lies outside them. */
export function withIndex(start: number, end: number, extra: number | null): number[] {
  const list: number[] = [];
  if (extra !== null && extra >= 0 && extra < start) list.push(extra);
  for (let i = start; i < end; i += 1) list.push(i);
  if (extra !== null && extra >= end) list.push(extra);
  return list;
}
