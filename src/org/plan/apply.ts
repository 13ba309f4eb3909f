// Applies a plan, iTwin by iTwin (a few at once), every request paced under the organization's budget:
// 1. the iTwin's current state is read back and each change checked against it (check.ts): what is
//    already so is settled, what changed meanwhile is held back as drift;
// 2. user changes that carry an e-mail go as one Access Control job (at most 100 per action group,
//    split by the job runner), resumable by its job id — unless they are too few to pay for it: a job
//    costs its creation and at least one status read, so one or two go as single calls;
// 3. everything else as single calls of the catalogue, each marked "sending" in storage before it goes.
// Progress is handed to `save` after every step; after a reload, `applyPlan` with the saved progress
// polls a known job instead of creating it again, and asks the server about a "sending" change instead
// of sending it again. A change shows as succeeded only once the server said so.
import { actionKey, type AccessAction } from "../../api/access-jobs/actions";
import { planAccessJob, resumeAccessJob } from "../../api/access-jobs/run";
import type { AccessActionResult, AccessJobState } from "../../api/access-jobs/state";
import type { AccessJobPace } from "../../api/access-jobs/run";
import { isApiError } from "../../api/api-error";
import { clientFrom, type HttpClient } from "../../api/operation-request";
import { runPaced } from "../../lib/run-paced";
import { DEFAULT_BUDGET } from "../budget";
import { pacedClient } from "../paced-client";
import { createPacer, type Pacer } from "../pacer";
import { memberBefore, readITwinNow, verdictOf, type ITwinNow } from "./check";
import { latestSaver } from "./latest-saver";
import { isInvite, sendInvites, type InviteChange } from "./invite";
import { sendOne } from "./send-one";
import type { ITwinChanges, Plan, PlanChange } from "./plan";
import { isComplete, stateOf, type ChangeProgress, type PlanProgress } from "./progress";

/**
 * iTwins worked on at once. Most of an iTwin's time is spent waiting for its job, holding no request, so
 * more iTwins than requests in flight keep the budget busy; the pacer still caps the requests in flight.
 * At 500 requests a minute an iTwin's three requests take 360 ms of the budget and its job a second or
 * more: with fewer iTwins at once, all of them can be waiting for their jobs while the budget idles.
 */
export const APPLY_CONCURRENCY = 16;
/** Requests in flight at most when no pacer is given (the crawl's figure). */
const REQUESTS_IN_FLIGHT = 3;
/**
 * The fewest job actions an iTwin sends as a job. User changes go as Access Control jobs wherever a job
 * can express them (the API's own bulk path), so by default even one. A job is at least two requests
 * (created, then read until it is no longer Active) where a single call is one: a caller that would
 * rather spend fewer requests on iTwins with few changes may raise it.
 */
export const JOB_FROM_ACTIONS = 1;

export interface ApplyOptions {
  client: HttpClient;
  /** Requests per minute, when no pacer is given. */
  perMinute?: number;
  pacer?: Pacer;
  /** Persist the progress (IndexedDB); awaited before a single call goes out. */
  save: (progress: PlanProgress) => Promise<void>;
  signal?: AbortSignal;
  jobPace?: AccessJobPace;
  /** The fewest job actions sent as a job (default `JOB_FROM_ACTIONS`). */
  jobFromActions?: number;
  now?: () => number;
  /**
   * Called once per change this plan's own request applied, after the server confirmed it and its
   * progress was saved (for the change log), with the state read before it was sent.
   */
  onApplied?: (itwin: ITwinChanges, change: PlanChange, entry: ChangeProgress, before: ITwinNow) => void;
}

const NOTHING_READ: ITwinNow = { users: null, owners: null, groups: new Map() };

/** The Access Control job actions of a change, or null when it needs a single call (no e-mail, or not a member change). */
export function jobActionsOf(change: PlanChange): AccessAction[] | null {
  switch (change.kind) {
    case "removeUserMember":
      return change.email ? [{ type: "removeMembers", email: change.email }] : null;
    case "addUserMember":
      // A job refuses an address outside the organization: those are invited (invite.ts).
      return change.invite ? null : [{ type: "assignRoles", email: change.email, roleIds: change.roleIds }];
    case "changeUserRoles": {
      if (!change.email) return null;
      const add = change.to.filter((r) => !change.from.includes(r));
      const drop = change.from.filter((r) => !change.to.includes(r));
      return [
        ...(add.length ? [{ type: "assignRoles" as const, email: change.email, roleIds: add }] : []),
        ...(drop.length ? [{ type: "unassignRoles" as const, email: change.email, roleIds: drop }] : []),
      ];
    }
    default:
      return null;
  }
}

/** Whether the change can also go as one call of its own (by member id), when a job is not worth it. */
const hasSingleCall = (change: PlanChange) => change.kind === "removeUserMember" || change.kind === "changeUserRoles";

/** What a finished job's results say about one change it carried. */
function fromJob(actions: AccessAction[], results: Map<string, AccessActionResult>, now: number): ChangeProgress | null {
  const mine = actions.map((a) => results.get(actionKey(a)));
  if (mine.some((r) => r === undefined)) return null;
  const jobId = mine.find((r) => r?.jobId)?.jobId;
  const failed = mine.find((r) => r!.outcome === "failed");
  if (failed)
    return {
      state: "failed",
      error: failed.error ?? "Not applied.",
      ...(failed.code && { code: failed.code }),
      ...(jobId && { jobId }),
      at: now,
    };
  if (mine.every((r) => r!.outcome === "succeeded")) return { state: "succeeded", applied: true, ...(jobId && { jobId }), at: now };
  return { state: "unknown", error: mine.find((r) => r!.error)?.error ?? "Not confirmed by the server.", ...(jobId && { jobId }), at: now };
}

export async function applyPlan(plan: Plan, start: PlanProgress, options: ApplyOptions): Promise<PlanProgress> {
  const now = options.now ?? Date.now;
  const pacer = options.pacer ?? createPacer({ perMinute: options.perMinute ?? DEFAULT_BUDGET, concurrency: REQUESTS_IN_FLIGHT, now });
  const paced = pacedClient(options.client, pacer);
  const { signal } = options;
  let progress: PlanProgress = { ...start, status: "applying", updatedAt: now() };
  // Only the newest progress is written, whichever iTwin reports first (latest-saver.ts).
  const saver = latestSaver(options.save);
  // No write leaves before the progress saying it is about to (the job runner's "sending" included) is
  // stored: a reload can then never find a sent request recorded as not sent.
  const client = clientFrom(async (request) => {
    if (request.method && request.method !== "GET") await saver.settled();
    return paced.send(request);
  });
  const commit = (next: (p: PlanProgress) => PlanProgress): Promise<void> => {
    progress = { ...next(progress), updatedAt: now() };
    return saver.commit(progress);
  };
  const setChanges = (entries: [string, ChangeProgress][]) =>
    commit((p) => ({ ...p, changes: { ...p.changes, ...Object.fromEntries(entries) } }));

  await commit((p) => p);

  /** Saves these outcomes, then tells of those this plan applied. */
  async function settle(itwin: ITwinChanges, entries: [string, ChangeProgress][], before: ITwinNow) {
    await setChanges(entries);
    for (const [id, entry] of entries) {
      const change = itwin.changes.find((c) => c.id === id);
      if (change && entry.state === "succeeded" && entry.applied) options.onApplied?.(itwin, change, entry, before);
    }
  }

  /** What a change keeps of the state before it went: the member an add finds there already (it stays one when undone). */
  const kept = (change: PlanChange, before: ITwinNow): Partial<ChangeProgress> => {
    const member = progress.changes[change.id]?.memberBefore ?? memberBefore(change, before);
    return member ? { memberBefore: member } : {};
  };

  async function runJob(itwin: ITwinChanges, carried: PlanChange[], job: AccessJobState, before: ITwinNow = NOTHING_READ) {
    await setChanges(carried.map((c) => [c.id, { state: "sending", ...kept(c, before), at: now() }]));
    const outcome = await resumeAccessJob(client, job, {
      ...(signal && { signal }),
      ...(options.jobPace && { pace: options.jobPace }),
      onState: (state) => void commit((p) => ({ ...p, jobs: { ...p.jobs, [itwin.iTwinId]: state } })),
    });
    const results = new Map(outcome.results.map((r) => [actionKey(r.action), r]));
    const at = now();
    await settle(
      itwin,
      carried.flatMap((c) => {
        const settled = fromJob(jobActionsOf(c) ?? [], results, at);
        return settled ? [[c.id, { ...settled, ...kept(c, before) }] as [string, ChangeProgress]] : [];
      }),
      before,
    );
  }

  async function sendSingle(itwin: ITwinChanges, change: PlanChange, current: ITwinNow) {
    const { iTwinId } = itwin;
    const opts = signal ? { signal } : {};
    const earlier = progress.changes[change.id]?.createdId;
    await setChanges([[change.id, { state: "sending", ...(earlier && { createdId: earlier }), at: now() }]]);
    try {
      const outcome = await sendOne(client, iTwinId, change, current, {
        ...opts,
        ...(earlier && { createdId: earlier }),
        // A created role is noted at once: a reload then finds it by id instead of creating another.
        onCreated: (createdId) => setChanges([[change.id, { state: "sending", createdId, at: now() }]]),
      });
      await settle(itwin, [[change.id, { state: "succeeded", applied: outcome.applied, ...outcome.extra, at: now() }]], current);
    } catch (error) {
      const createdId = progress.changes[change.id]?.createdId;
      const created = createdId ? { createdId } : {};
      if (signal?.aborted) throw error; // stays "sending": the next run asks the server
      if (!isApiError(error)) {
        await setChanges([
          [change.id, { state: "failed", error: error instanceof Error ? error.message : String(error), ...created, at: now() }],
        ]);
        return;
      }
      if (error.status === 401) {
        await setChanges([[change.id, { state: "pending", ...created, at: now() }]]);
        throw error;
      }
      const answered = error.status >= 400 && error.status <= 499;
      await setChanges([
        [
          change.id,
          answered
            ? { state: "failed", error: error.message, code: error.code, ...created, at: now() }
            : {
                state: "unknown",
                error: `No answer from the server (${error.message}): retrying checks first whether it was applied.`,
                ...created,
                at: now(),
              },
        ],
      ]);
    }
  }

  async function applyITwin(itwin: ITwinChanges) {
    const chosen = itwin.changes.filter((c) => c.selected);
    // A job still running (the page was reloaded while it ran): poll it, never create it again.
    const running = progress.jobs[itwin.iTwinId];
    const carriedBy = (job: AccessJobState) => {
      const keys = new Set(job.batches.flatMap((b) => b.actions.map(actionKey)));
      return chosen.filter((c) => {
        const actions = jobActionsOf(c);
        return actions !== null && actions.length > 0 && actions.every((a) => keys.has(actionKey(a)));
      });
    };
    if (running) {
      const carried = carriedBy(running).filter((c) => !["succeeded", "failed", "drifted"].includes(stateOf(progress, c.id)));
      if (carried.length > 0) await runJob(itwin, carried, running);
    }

    const open = chosen.filter((c) => {
      const state = stateOf(progress, c.id);
      return state === "pending" || state === "sending";
    });
    if (open.length === 0) return;

    let current: ITwinNow;
    try {
      current = await readITwinNow(client, itwin.iTwinId, open, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      const message = isApiError(error) ? `${error.status || error.kind}: ${error.message}` : String(error);
      await commit((p) => ({ ...p, itwinErrors: { ...p.itwinErrors, [itwin.iTwinId]: `Could not read its current state (${message}).` } }));
      return;
    }

    const toJob: PlanChange[] = [];
    const toSend: PlanChange[] = [];
    const toInvite: InviteChange[] = [];
    const settled: [string, ChangeProgress][] = [];
    for (const change of open) {
      const before = progress.changes[change.id];
      const v = verdictOf(change, current, before?.createdId);
      // Found done after our own request went out (a reload lost its answer): this plan did it.
      const ours = stateOf(progress, change.id) === "sending";
      if (v.verdict === "done")
        settled.push([
          change.id,
          {
            state: "succeeded",
            note: v.note,
            ...(ours && { applied: true, ...kept(change, NOTHING_READ) }),
            ...(v.createdId && { createdId: v.createdId }),
            at: now(),
          },
        ]);
      else if (v.verdict === "drifted") settled.push([change.id, { state: "drifted", note: v.note, at: now() }]);
      else if (v.verdict === "failed") settled.push([change.id, { state: "failed", error: v.error, at: now() }]);
      else if (isInvite(change)) toInvite.push(change);
      else if (jobActionsOf(change)?.length) toJob.push(change);
      else toSend.push(change);
    }
    // What was read is already after a request of ours that was found done: no "before" to undo to.
    await settle(itwin, settled, NOTHING_READ);
    const jobActions = toJob.reduce((n, c) => n + jobActionsOf(c)!.length, 0);
    if (jobActions < (options.jobFromActions ?? JOB_FROM_ACTIONS) && toJob.every(hasSingleCall)) toSend.unshift(...toJob.splice(0));

    if (toJob.length > 0) {
      const job = planAccessJob(
        itwin.iTwinId,
        toJob.flatMap((c) => jobActionsOf(c)!),
      );
      await commit((p) => ({ ...p, jobs: { ...p.jobs, [itwin.iTwinId]: job } }));
      await runJob(itwin, toJob, job, current);
    }
    if (toInvite.length > 0)
      await sendInvites(client, itwin.iTwinId, toInvite, (entries) => settle(itwin, entries, current), { ...(signal && { signal }), now });
    for (const change of toSend) await sendSingle(itwin, change, current);
  }

  const results = await runPaced(plan.itwins, applyITwin, { concurrency: APPLY_CONCURRENCY });
  const thrown = results.find((r) => !r.ok);
  await saver.settled();
  if (thrown && !thrown.ok) {
    await commit((p) => ({ ...p, status: "stopped" }));
    throw thrown.error;
  }
  await commit((p) => ({ ...p, status: isComplete(plan, p) ? "finished" : "stopped" }));
  return progress;
}
