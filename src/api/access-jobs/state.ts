// What a running bulk change has reached, as plain data a caller can persist (IndexedDB, sessionStorage)
// and hand back after a reload: a job whose id is known is polled again, never submitted again, and one
// whose creation was sent but never confirmed is settled from the members list instead of being re-sent.
import type { AccessAction } from "./actions";

export type AccessJobStatus = "Active" | "Completed" | "PartialCompleted" | "Failed";

/**
 * - succeeded: the server applied it (the job said so, or the members list shows it);
 * - failed: the server refused or did not apply it; `error` is its text;
 * - unknown: the job's creation was never confirmed and the members list does not show it (yet).
 */
export type AccessActionOutcome = "succeeded" | "failed" | "unknown";

export interface AccessActionResult {
  action: AccessAction;
  outcome: AccessActionOutcome;
  /** The server's error text for this action (or the reason it is not known to be done). */
  error?: string;
  /** The server's error code, when it gave one. */
  code?: string;
  /** The job that carried it, when the server gave one. */
  jobId?: string;
}

export type AccessJobBatch =
  | { phase: "pending"; actions: AccessAction[] }
  /** The POST went out; its answer has not been seen (a reload here must not send it again). */
  | { phase: "sending"; actions: AccessAction[] }
  | { phase: "submitted"; actions: AccessAction[]; jobId: string }
  | {
      phase: "finished";
      actions: AccessAction[];
      jobId?: string;
      /** The job's final status; "Refused" when creating it was answered with an error, "Unconfirmed" when never answered. */
      status: Exclude<AccessJobStatus, "Active"> | "Refused" | "Unconfirmed";
      results: AccessActionResult[];
    };

export interface AccessJobState {
  version: 1;
  iTwinId: string;
  /** One job per batch, run one after the other. */
  batches: AccessJobBatch[];
}

export interface AccessJobOutcome {
  state: AccessJobState;
  /** One per action, in the order the batches carried them. */
  results: AccessActionResult[];
  /** Completed when every action succeeded, Failed when none did, PartialCompleted otherwise. */
  status: Exclude<AccessJobStatus, "Active">;
  jobIds: string[];
}

export function outcomeOf(state: AccessJobState): AccessJobOutcome {
  const results = state.batches.flatMap((b) => (b.phase === "finished" ? b.results : []));
  const succeeded = results.filter((r) => r.outcome === "succeeded").length;
  const status = succeeded === results.length ? "Completed" : succeeded === 0 ? "Failed" : "PartialCompleted";
  const jobIds = state.batches.flatMap((b) => ("jobId" in b && b.jobId ? [b.jobId] : []));
  return { state, results, status, jobIds };
}

export function isFinished(state: AccessJobState): boolean {
  return state.batches.every((b) => b.phase === "finished");
}

/** The id of the job being waited for, if any (what a caller shows or keeps). */
export function activeJobId(state: AccessJobState): string | undefined {
  const batch = state.batches.find((b) => b.phase === "submitted");
  return batch?.phase === "submitted" ? batch.jobId : undefined;
}
