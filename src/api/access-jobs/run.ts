// Runs bulk member changes of one iTwin as Access Control jobs: at most 100 entries per action group in a
// job, one job at a time. Each job is created once, polled with `Prefer: return=minimal` while Active
// (at a growing interval; a 429 is waited out by the HTTP client's shared gate, honouring Retry-After),
// then read once with `Prefer: return=representation` and its actions for the per-action errors. A
// PartialCompleted job is reconciled with the members list. Every step is reported through `onState` so a
// caller can persist it and resume after a reload: a known job id is polled again, never re-submitted.
import { abortable, delay } from "../abortable";
import { isApiError, type ApiError } from "../api-error";
import type { HttpClient } from "../operation-request";
import { jobOperations } from "../operations/accesscontrol-jobs";
import type { UserMember } from "../wire";
import { jobBody, splitIntoJobs, type AccessAction } from "./actions";
import { membersNow } from "./reconcile";
import { finishedResults, refusedResults, unconfirmedResults } from "./results";
import { outcomeOf, type AccessJobBatch, type AccessJobOutcome, type AccessJobState } from "./state";

export interface AccessJobPace {
  /** First wait before asking for a job's status again, ms (default 1000). */
  pollMs?: number;
  /** The wait grows by half each time up to this, ms (default 5000). */
  maxPollMs?: number;
  /** Tests pass a fake clock. */
  sleep?: (ms: number) => Promise<void>;
}

export interface AccessJobProgress {
  /** 1-based index of the job being worked on, and how many jobs the change needs. */
  job: number;
  jobs: number;
  phase: "submitting" | "waiting" | "reading" | "reconciling" | "finished";
  jobId?: string;
  /** Status answers received for this job so far. */
  polls: number;
  /** Actions with a result so far, of `total`. */
  settled: number;
  total: number;
}

export interface AccessJobOptions {
  signal?: AbortSignal;
  onProgress?: (progress: AccessJobProgress) => void;
  /** Called with the new state after every step; persist it to resume with `resumeAccessJob`. */
  onState?: (state: AccessJobState) => void;
  pace?: AccessJobPace;
}

const MINIMAL = { Prefer: "return=minimal" };
const REPRESENTATION = { Prefer: "return=representation" };

/** The state of a change not sent yet: its actions split into jobs. */
export function planAccessJob(iTwinId: string, actions: readonly AccessAction[]): AccessJobState {
  return { version: 1, iTwinId, batches: splitIntoJobs(actions).map((list) => ({ phase: "pending", actions: list })) };
}

/** Sends `actions` as jobs and waits for their outcome. */
export function runAccessJob(
  client: HttpClient,
  iTwinId: string,
  actions: readonly AccessAction[],
  options: AccessJobOptions = {},
): Promise<AccessJobOutcome> {
  return resumeAccessJob(client, planAccessJob(iTwinId, actions), options);
}

/** Carries on from a persisted state: finished jobs are kept, a known job is polled, pending ones are sent. */
export async function resumeAccessJob(
  client: HttpClient,
  start: AccessJobState,
  options: AccessJobOptions = {},
): Promise<AccessJobOutcome> {
  const { signal } = options;
  const sleep = options.pace?.sleep ?? delay;
  const pollMs = options.pace?.pollMs ?? 1000;
  const maxPollMs = options.pace?.maxPollMs ?? 5000;
  const iTwinId = start.iTwinId;
  let state = start;
  const total = state.batches.reduce((n, b) => n + b.actions.length, 0);

  const update = (index: number, batch: AccessJobBatch) => {
    state = { ...state, batches: state.batches.map((b, i) => (i === index ? batch : b)) };
    options.onState?.(state);
  };
  const report = (index: number, phase: AccessJobProgress["phase"], extra: { jobId?: string; polls?: number } = {}) =>
    options.onProgress?.({
      job: index + 1,
      jobs: state.batches.length,
      phase,
      polls: extra.polls ?? 0,
      settled: state.batches.reduce((n, b) => n + (b.phase === "finished" ? b.results.length : 0), 0),
      total,
      ...(extra.jobId && { jobId: extra.jobId }),
    });
  const reconcileWith = (index: number, jobId?: string): Promise<UserMember[]> => {
    report(index, "reconciling", jobId ? { jobId } : {});
    return membersNow(client, iTwinId, signal);
  };

  for (let index = 0; index < state.batches.length; index += 1) {
    let batch = state.batches[index]!;
    if (batch.phase === "finished") continue;
    const { actions } = batch;

    if (batch.phase === "pending") {
      report(index, "submitting");
      update(index, { phase: "sending", actions });
      try {
        const job = await client.request(
          jobOperations.createJob,
          { iTwinId },
          { body: { actions: jobBody(actions) }, ...(signal && { signal }) },
        );
        batch = { phase: "submitted", actions, jobId: job.id };
        update(index, batch);
      } catch (error) {
        if (!isApiError(error)) throw error; // aborted: the state stays "sending", settled from members on resume
        if (notProcessed(error)) {
          update(index, { phase: "pending", actions });
          throw error;
        }
        if (refused(error)) {
          update(index, { phase: "finished", actions, status: "Refused", results: refusedResults(actions, error) });
          report(index, "finished");
          continue;
        }
        batch = { phase: "sending", actions }; // 5xx / network / timeout: it may have been created
      }
    }

    if (batch.phase === "sending") {
      const now = await reconcileWith(index);
      update(index, { phase: "finished", actions, status: "Unconfirmed", results: unconfirmedResults(actions, now) });
      report(index, "finished");
      continue;
    }

    const { jobId } = batch;
    let wait = pollMs;
    let polls = 0;
    let status: string;
    try {
      for (;;) {
        report(index, "waiting", { jobId, polls });
        await abortable(sleep(wait), signal);
        wait = Math.min(maxPollMs, Math.round(wait * 1.5));
        const job = await client.request(jobOperations.getJob, { iTwinId, jobId }, { headers: MINIMAL, ...(signal && { signal }) });
        polls += 1;
        status = job.status;
        if (status !== "Active") break;
      }
    } catch (error) {
      if (!(isApiError(error) && error.status === 404)) throw error; // kept "submitted": a resume polls it again
      // The server no longer knows the job: what it did shows in the members list.
      const now = await reconcileWith(index, jobId);
      update(index, { phase: "finished", actions, jobId, status: "Unconfirmed", results: unconfirmedResults(actions, now) });
      report(index, "finished", { jobId });
      continue;
    }

    const final = status as "Completed" | "PartialCompleted" | "Failed";
    let results;
    if (final === "Completed") results = finishedResults({ actions, status: final, jobId, errors: [] });
    else {
      report(index, "reading", { jobId, polls });
      const opts = signal ? { signal } : {};
      const full = await client.request(jobOperations.getJob, { iTwinId, jobId }, { headers: REPRESENTATION, ...opts });
      const listed = await client.request(jobOperations.getJobActions, { iTwinId, jobId }, opts);
      const now = final === "PartialCompleted" ? await reconcileWith(index, jobId) : undefined;
      results = finishedResults({
        actions,
        status: final,
        jobId,
        errors: full.error ?? [],
        serverActions: listed.actions,
        ...(now && { members: now }),
      });
    }
    update(index, { phase: "finished", actions, jobId, status: final, results });
    report(index, "finished", { jobId, polls });
  }
  return outcomeOf(state);
}

/** Not processed by the server: sending it again later is safe (session expired, rate limit outlasted). */
function notProcessed(error: ApiError): boolean {
  return error.status === 401 || error.status === 429;
}

/** Answered with a refusal: the job was not created. */
function refused(error: ApiError): boolean {
  return error.status >= 400 && error.status <= 499;
}
