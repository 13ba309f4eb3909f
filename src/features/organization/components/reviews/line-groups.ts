// The shown review lines in order, with a header before each group (by iTwin, person, role or hint)
// carrying that group's counts, as one flat list the windowed table renders a slice of. The lines are
// the lines themselves, not wrapped: a list of 100,000 is one array more, not 100,000 objects more, and
// the keys rows need are made only for the rows rendered.
import type { Decision, Hint, ReviewLine } from "../../../../org/review/campaign";
import { HINT_LABELS } from "../../../../org/review/hints";
import type { ReviewView } from "../../../../org/review/view";

export type GroupBy = "none" | "itwin" | "person" | "role" | "hint";

export interface GroupHeader {
  type: "group";
  key: string;
  label: string;
  total: number;
  decided: number;
  revoked: number;
}

export type ShownItem = GroupHeader | ReviewLine;

export interface ShownList {
  items: readonly ShownItem[];
  /** Where the group headers are in `items`, in order. */
  headers: readonly number[];
}

export const isHeader = (item: ShownItem): item is GroupHeader => "type" in item;

/** The row's key, unique in the list: a line shown under two groups has one per group. */
export function itemKey(list: ShownList, at: number): string {
  const item = list.items[at]!;
  if (isHeader(item)) return `group:${item.key}`;
  // The last header before the line: the one whose group it is in.
  let lo = 0;
  let hi = list.headers.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list.headers[mid]! < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? item.id : `${(list.items[list.headers[found]!] as GroupHeader).key}/${item.id}`;
}

function keysOf(view: ReviewView, line: ReviewLine, by: GroupBy): { key: string; label: string }[] {
  switch (by) {
    case "itwin":
      return [{ key: line.iTwinId, label: view.itwins.get(line.iTwinId)?.name ?? line.iTwinId }];
    case "person":
      return [{ key: `${line.kind === "group" ? "group" : "person"}:${line.subjectId}`, label: line.subjectName }];
    case "role":
      return [{ key: line.roleName ?? "", label: line.roleName ?? "No role" }];
    case "hint":
      return line.hints.length ? line.hints.map((h: Hint) => ({ key: h, label: HINT_LABELS[h] })) : [{ key: "", label: "No hint" }];
    case "none":
      return [];
  }
}

/** A line with two hints appears under each of them when grouped by hint; the counts are per group. */
export function shownItems(
  view: ReviewView,
  lines: readonly ReviewLine[],
  groupBy: GroupBy,
  decisions: ReadonlyMap<string, Decision>,
): ShownList {
  if (groupBy === "none") return { items: lines, headers: [] };
  const groups = new Map<string, { header: GroupHeader; lines: ReviewLine[] }>();
  for (const line of lines) {
    const verdict = decisions.get(line.id)?.verdict;
    for (const { key, label } of keysOf(view, line, groupBy)) {
      let g = groups.get(key);
      if (!g) {
        g = { header: { type: "group", key, label, total: 0, decided: 0, revoked: 0 }, lines: [] };
        groups.set(key, g);
      }
      g.header.total += 1;
      if (verdict) g.header.decided += 1;
      if (verdict === "revoke") g.header.revoked += 1;
      g.lines.push(line);
    }
  }
  const sorted = [...groups.values()].sort((a, b) => a.header.label.localeCompare(b.header.label));
  const items: ShownItem[] = [];
  const headers: number[] = [];
  for (const g of sorted) {
    headers.push(items.push(g.header) - 1);
    for (const line of g.lines) items.push(line);
  }
  return { items, headers };
}
