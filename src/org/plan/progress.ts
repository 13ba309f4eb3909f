// How far applying a plan got, per change, as plain data kept beside the plan. "sending" is written
// before a request goes out, so after a reload the server is asked whether it happened instead of the
// request being sent again; a change is "succeeded" only once the server said so (its answer, or its
// state read back).
import { z } from "zod";
import { isFinished, type AccessJobState } from "../../api/access-jobs/state";
import { allChanges, type Plan } from "./plan";

export const ChangeState = z.enum([
  /** Not sent yet. */
  "pending",
  /** Its request went out and no answer has been seen. */
  "sending",
  /** The server applied it (its answer, or its state read back). */
  "succeeded",
  /** The server refused it or did not apply it; `error` says why. */
  "failed",
  /** Sent, but its outcome could not be established; retrying checks the server first. */
  "unknown",
  /** The server changed since the plan was made: not sent, so nothing is overwritten. */
  "drifted",
]);
export type ChangeState = z.infer<typeof ChangeState>;

export const ChangeProgress = z.object({
  state: ChangeState,
  error: z.string().optional(),
  code: z.string().optional(),
  /** What the server held instead, for a drifted change; or a remark on a success ("already so"). */
  note: z.string().optional(),
  jobId: z.string().optional(),
  /**
   * True when this plan's own request did it (the server answered it, or a request of ours that went
   * out was found done on the server); absent when the server already showed it so. Only applied
   * changes are logged and undone.
   */
  applied: z.boolean().optional(),
  /** The id the server gave what the change created (a role; the user an owner added is), so that it can be taken back. */
  createdId: z.string().optional(),
  /**
   * For a member added who already was one (the server then adds the roles to theirs): who they were and
   * the roles they held, read before the request went out, so that undoing gives back exactly those.
   */
  memberBefore: z.object({ userId: z.string(), roleIds: z.array(z.string()) }).optional(),
  at: z.number().optional(),
});
export type ChangeProgress = z.infer<typeof ChangeProgress>;

const JobState = z.custom<AccessJobState>(
  (v) => typeof v === "object" && v !== null && Array.isArray((v as { batches?: unknown }).batches),
  "an Access Control job state",
);

export const PlanStatus = z.enum(["draft", "applying", "stopped", "finished"]);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PlanProgress = z.object({
  planId: z.string(),
  status: PlanStatus,
  changes: z.record(z.string(), ChangeProgress),
  /** The Access Control job of each iTwin, while it runs and once it finished, by iTwin id. */
  jobs: z.record(z.string(), JobState),
  /** Why an iTwin could not be applied at all (its state could not be read). */
  itwinErrors: z.record(z.string(), z.string()),
  updatedAt: z.number(),
});
export type PlanProgress = z.infer<typeof PlanProgress>;

export function emptyProgress(plan: Plan, now = Date.now()): PlanProgress {
  return { planId: plan.id, status: "draft", changes: {}, jobs: {}, itwinErrors: {}, updatedAt: now };
}

export function parseProgress(value: unknown): PlanProgress | null {
  const parsed = PlanProgress.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function stateOf(progress: PlanProgress, changeId: string): ChangeState {
  return progress.changes[changeId]?.state ?? "pending";
}

/** Settled for good: nothing more is sent for it unless the administrator retries or re-plans. */
export const isSettled = (state: ChangeState) => state === "succeeded" || state === "drifted";

/** Worth another try: refused, or never confirmed. */
export const isRetryable = (state: ChangeState) => state === "failed" || state === "unknown";

export interface PlanTally {
  chosen: number;
  kept: number;
  byState: Record<ChangeState, number>;
}

export function tally(plan: Plan, progress: PlanProgress): PlanTally {
  const byState: Record<ChangeState, number> = { pending: 0, sending: 0, succeeded: 0, failed: 0, unknown: 0, drifted: 0 };
  let chosen = 0;
  let kept = 0;
  for (const { change } of allChanges(plan)) {
    if (!change.selected) {
      kept += 1;
      continue;
    }
    chosen += 1;
    byState[stateOf(progress, change.id)] += 1;
  }
  return { chosen, kept, byState };
}

/** Every chosen change has its final answer (or was held back for drift). */
export function isComplete(plan: Plan, progress: PlanProgress): boolean {
  return allChanges(plan).every(({ change }) => !change.selected || isSettled(stateOf(progress, change.id)));
}

/**
 * Progress ready for another pass that sends the failed and unconfirmed changes again (and only them):
 * they go back to pending, and a finished job of their iTwin is forgotten so a new one carries them.
 * Whatever the server already shows is settled by the check before sending, not sent twice.
 */
export function forRetry(plan: Plan, progress: PlanProgress, now = Date.now()): PlanProgress {
  const changes = { ...progress.changes };
  const jobs = { ...progress.jobs };
  const itwinErrors = { ...progress.itwinErrors };
  for (const itwin of plan.itwins) {
    let again = false;
    for (const change of itwin.changes) {
      const state = stateOf(progress, change.id);
      if (change.selected && isRetryable(state)) {
        // An unconfirmed request may have been applied: it stays "sent", so that found done it counts as this plan's.
        const createdId = progress.changes[change.id]?.createdId;
        changes[change.id] = { state: state === "unknown" ? "sending" : "pending", ...(createdId && { createdId }), at: now };
        again = true;
      }
    }
    const job = jobs[itwin.iTwinId];
    if (again && job && isFinished(job)) delete jobs[itwin.iTwinId];
    delete itwinErrors[itwin.iTwinId];
  }
  return { ...progress, status: "stopped", changes, jobs, itwinErrors, updatedAt: now };
}
