// The shown review lines in order, with a header before each group (by iTwin, person, role or hint)
// carrying that group's counts, as one flat list the windowed table renders a slice of.
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

/** `key` is unique in the list: a line shown under two groups has one per group. */
export type ShownItem = GroupHeader | { type: "line"; line: ReviewLine; key: string };

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
): ShownItem[] {
  if (groupBy === "none") return lines.map((line) => ({ type: "line", line, key: line.id }));
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
  const out: ShownItem[] = [];
  for (const g of sorted) {
    out.push(g.header);
    for (const line of g.lines) out.push({ type: "line", line, key: `${g.header.key}/${line.id}` });
  }
  return out;
}
