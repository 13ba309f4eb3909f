// A campaign's lines as they are stored: every text once in a table, each line a run of numbers in one
// flat array (indices into the table, the hints as bits). A hundred thousand lines are then one short
// parse of numbers and a few thousand strings, checked with plain comparisons instead of a schema per
// line, and lines with the same hints share one array again. Line ids are not stored when they are the
// ones `lineId` makes of the line (always, for a campaign taken from the index).
import { Hint, LineKind, type ReviewLine } from "./campaign";
import { lineId } from "./create";

export const LINE_STORE_FORMAT = 2;

/** Numbers per line, in this order; -1 for an absent text or count. */
const FIELDS = [
  "iTwinId",
  "kind",
  "subjectId",
  "subjectName",
  "email",
  "roleId",
  "roleName",
  "invitationId",
  "expiresAt",
  "groupSize",
  "onlyThroughGroup",
  "hints",
] as const;
const WIDTH = FIELDS.length;
const F = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<(typeof FIELDS)[number], number>;
const KINDS = LineKind.options;
const HINTS = Hint.options;

export interface StoredLines {
  format: typeof LINE_STORE_FORMAT;
  strings: string[];
  /** WIDTH numbers per line. */
  cells: number[];
  /** Ids that are not the derived ones, by line position. */
  ids: Record<string, string>;
}

export function encodeLines(lines: readonly ReviewLine[]): StoredLines {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const text = (s: string | null | undefined) => {
    if (s === null || s === undefined) return -1;
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const bitsOf = new Map<readonly Hint[], number>();
  const cells = new Array<number>(lines.length * WIDTH);
  const ids: Record<string, string> = {};
  let o = 0;
  lines.forEach((l, n) => {
    let bits = bitsOf.get(l.hints);
    if (bits === undefined) {
      bits = 0;
      for (const h of l.hints) bits |= 1 << HINTS.indexOf(h);
      bitsOf.set(l.hints, bits);
    }
    cells[o++] = text(l.iTwinId);
    cells[o++] = KINDS.indexOf(l.kind);
    cells[o++] = text(l.subjectId);
    cells[o++] = text(l.subjectName);
    cells[o++] = text(l.email);
    cells[o++] = text(l.roleId);
    cells[o++] = text(l.roleName);
    cells[o++] = text(l.invitationId);
    cells[o++] = text(l.expiresAt);
    cells[o++] = l.groupSize ?? -1;
    cells[o++] = l.onlyThroughGroup ?? -1;
    cells[o++] = bits;
    if (l.id !== lineId(l.iTwinId, l.kind, l.subjectId, l.roleId)) ids[n] = l.id;
  });
  return { format: LINE_STORE_FORMAT, strings, cells, ids };
}

const isIndex = (n: unknown, size: number, optional: boolean): n is number =>
  Number.isInteger(n) && (n as number) < size && ((n as number) >= 0 || (optional && n === -1));

/** The lines back, or null when the value is not stored lines of this format (then nothing is trusted). */
export function decodeLines(value: unknown): ReviewLine[] | null {
  if (typeof value !== "object" || value === null) return null;
  const { format, strings, cells, ids } = value as Partial<StoredLines>;
  if (format !== LINE_STORE_FORMAT || !Array.isArray(strings) || !Array.isArray(cells) || cells.length % WIDTH !== 0) return null;
  if (typeof ids !== "object" || ids === null || Object.values(ids).some((id) => typeof id !== "string")) return null;
  if (!strings.every((s) => typeof s === "string")) return null;
  const size = strings.length;
  const hintArrays = new Map<number, Hint[]>();
  const all = (1 << HINTS.length) - 1;
  const lines = new Array<ReviewLine>(cells.length / WIDTH);
  for (let n = 0, o = 0; o < cells.length; n++, o += WIDTH) {
    const kind = KINDS[cells[o + F.kind]!];
    const bits = cells[o + F.hints]!;
    const groupSize = cells[o + F.groupSize]!;
    const only = cells[o + F.onlyThroughGroup]!;
    if (
      kind === undefined ||
      !isIndex(cells[o + F.iTwinId], size, false) ||
      !isIndex(cells[o + F.subjectId], size, false) ||
      !isIndex(cells[o + F.subjectName], size, false) ||
      !isIndex(cells[o + F.email], size, true) ||
      !isIndex(cells[o + F.roleId], size, true) ||
      !isIndex(cells[o + F.roleName], size, true) ||
      !isIndex(cells[o + F.invitationId], size, true) ||
      !isIndex(cells[o + F.expiresAt], size, true) ||
      !Number.isInteger(bits) ||
      bits < 0 ||
      (bits & all) !== bits ||
      typeof groupSize !== "number" ||
      typeof only !== "number"
    )
      return null;
    const str = (field: number) => {
      const i = cells[o + field]!;
      return i < 0 ? null : strings[i]!;
    };
    let hints = hintArrays.get(bits);
    if (!hints) hintArrays.set(bits, (hints = HINTS.filter((_, i) => bits & (1 << i))));
    const iTwinId = strings[cells[o + F.iTwinId]!]!;
    const subjectId = strings[cells[o + F.subjectId]!]!;
    const roleId = str(F.roleId);
    const line: ReviewLine = {
      id: ids[n] ?? lineId(iTwinId, kind, subjectId, roleId),
      iTwinId,
      kind,
      subjectId,
      subjectName: strings[cells[o + F.subjectName]!]!,
      email: str(F.email),
      roleId,
      roleName: str(F.roleName),
      hints,
    };
    const invitationId = str(F.invitationId);
    const expiresAt = str(F.expiresAt);
    if (invitationId !== null) line.invitationId = invitationId;
    if (expiresAt !== null) line.expiresAt = expiresAt;
    if (groupSize >= 0) line.groupSize = groupSize;
    if (only >= 0) line.onlyThroughGroup = only;
    lines[n] = line;
  }
  return lines;
}
