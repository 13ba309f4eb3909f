// Keep / revoke decisions, one per line, each with its note, time and who made it. Decisions live in
// a Map by line id; every change returns a new Map (React state) built in one pass, so a bulk
// decision over ten thousand lines stays well under a frame budget of the 200 ms allowed.
import type { Decision, Reviewer, Verdict } from "./campaign";
import { lineTest, type LineFilter, type ReviewView } from "./view";

export type Decisions = ReadonlyMap<string, Decision>;

export interface DecisionInput {
  verdict: Verdict;
  note?: string;
  by: Reviewer;
  at?: number;
}

/** These lines decided alike; lines not in the campaign are ignored. */
export function decide(view: ReviewView, decisions: Decisions, lineIds: Iterable<string>, input: DecisionInput): Map<string, Decision> {
  const next = new Map(decisions);
  const at = input.at ?? Date.now();
  const note = input.note?.trim() ?? "";
  for (const lineId of lineIds) if (view.byId.has(lineId)) next.set(lineId, { lineId, verdict: input.verdict, note, at, by: input.by });
  return next;
}

/** Every line matching the filter decided alike; `count` is how many lines it took. */
export function decideWhere(
  view: ReviewView,
  decisions: Decisions,
  filter: LineFilter,
  input: DecisionInput,
): { decisions: Map<string, Decision>; count: number } {
  const test = lineTest(view, filter, decisions);
  const next = new Map(decisions);
  const at = input.at ?? Date.now();
  const note = input.note?.trim() ?? "";
  let count = 0;
  for (const l of view.lines) {
    if (!test(l)) continue;
    next.set(l.id, { lineId: l.id, verdict: input.verdict, note, at, by: input.by });
    count += 1;
  }
  return { decisions: next, count };
}

/** These lines undecided again. */
export function undecide(decisions: Decisions, lineIds: Iterable<string>): Map<string, Decision> {
  const next = new Map(decisions);
  for (const id of lineIds) next.delete(id);
  return next;
}

/** One line's note changed, its decision kept (its time is the note's). */
export function withNote(decisions: Decisions, lineId: string, note: string, at = Date.now()): Map<string, Decision> {
  const d = decisions.get(lineId);
  if (!d) return new Map(decisions);
  return new Map(decisions).set(lineId, { ...d, note: note.trim(), at });
}

export interface Progress {
  lines: number;
  kept: number;
  revoked: number;
  undecided: number;
}

const empty = (): Progress => ({ lines: 0, kept: 0, revoked: 0, undecided: 0 });

/** How far the review got, overall and per iTwin (every iTwin of the campaign, in its order). */
export function progressOf(view: ReviewView, decisions: Decisions): { overall: Progress; byITwin: Map<string, Progress> } {
  const overall = empty();
  const byITwin = new Map<string, Progress>(view.campaign.itwins.map((t) => [t.id, empty()]));
  for (const l of view.lines) {
    let p = byITwin.get(l.iTwinId);
    if (!p) byITwin.set(l.iTwinId, (p = empty()));
    const v = decisions.get(l.id)?.verdict;
    for (const q of [p, overall]) {
      q.lines += 1;
      if (v === "keep") q.kept += 1;
      else if (v === "revoke") q.revoked += 1;
      else q.undecided += 1;
    }
  }
  return { overall, byITwin };
}

export const isFinished = (p: Progress) => p.undecided === 0;
