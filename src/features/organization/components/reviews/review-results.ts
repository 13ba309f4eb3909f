// What applying a review's plan did to each revoked line, read from the plan's progress: a line is
// "applied" only once the server said so, and a change left out of the plan (an only ownership kept)
// leaves its lines "not applied" with the reason.
import type { Campaign, LineResult } from "../../../../org/review/campaign";
import { allChanges, type Plan } from "../../../../org/plan/plan";
import { stateOf, type PlanProgress } from "../../../../org/plan/progress";

type Application = Campaign["applications"][number];

export function resultsOf(application: Application, plan: Plan, progress: PlanProgress | null, now = Date.now()): LineResult[] {
  if (!progress || progress.status === "draft") return [];
  const changes = new Map(allChanges(plan).map(({ change }) => [change.id, change]));
  const out: LineResult[] = [];
  for (const [changeId, lineIds] of Object.entries(application.changes)) {
    const change = changes.get(changeId);
    const entry = progress.changes[changeId];
    const at = entry?.at ?? now;
    let result: Omit<LineResult, "lineId"> | null = null;
    if (!change || !change.selected) result = { planId: plan.id, outcome: "notApplied", message: "left out of the plan", at };
    else
      switch (stateOf(progress, changeId)) {
        case "succeeded":
          result = { planId: plan.id, outcome: "applied", ...(entry?.note && { message: entry.note }), at };
          break;
        case "failed":
          result = { planId: plan.id, outcome: "failed", message: entry?.error ?? "the server refused it", at };
          break;
        case "unknown":
          result = { planId: plan.id, outcome: "notApplied", message: `not confirmed: ${entry?.error ?? "the server's answer was lost"}`, at };
          break;
        case "drifted":
          result = { planId: plan.id, outcome: "changedMeanwhile", ...(entry?.note && { message: entry.note }), at };
          break;
        default:
          // Not sent yet, or sent and waiting for its answer: nothing to say of the line yet.
          result = null;
      }
    if (result) for (const lineId of lineIds) out.push({ lineId, ...result });
  }
  return out;
}

/** Only the results that differ from those already kept (so an unchanged pass writes nothing). */
export function changedResults(kept: ReadonlyMap<string, LineResult>, fresh: readonly LineResult[]): LineResult[] {
  return fresh.filter((r) => {
    const k = kept.get(r.lineId);
    return !k || k.planId !== r.planId || k.outcome !== r.outcome || k.message !== r.message;
  });
}
