// Applies a bulk plan as Access Control jobs (one request for up to 100 members per action group
// instead of one PATCH each), with the job's progress while it runs, a result per action as the server
// reported it, and retry of the failed actions only, as a new job. The runner's state is kept in
// sessionStorage after every step, so a reload mid-job polls the same job again instead of re-sending
// it. Members the server lists without an e-mail cannot be named in a job and are PATCHed one by one.
// Applied changes go to the change log; the member lists are refetched after every run.
import { useCallback, useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import {
  actionKey,
  isFinished,
  planAccessJob,
  resumeAccessJob,
  type AccessAction,
  type AccessActionResult,
  type AccessJobPace,
  type AccessJobProgress,
  type AccessJobState,
} from "../../../api/access-jobs";
import { useApiClient } from "../../../api/client-context";
import { invalidateAfter } from "../../../api/operation-queries";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { restoreUserMemberRoles, updateUserMemberRolesLogged } from "../../../api/queries/update-user-member-roles";
import { recordChange } from "../../../lib/change-log";
import { runPaced } from "../../../lib/run-paced";
import { actionsOfEntry, byAction, bulkJobPlan, failedActions, type MemberOutcome } from "../bulk-job";
import { forgetBulkJob, loadBulkJob, saveBulkJob, type StoredBulkJob } from "../bulk-job-storage";
import type { PlanEntry } from "../bulk-plan";
import { personFromUser, personName } from "../effective-access";

export const BULK_CONCURRENCY = 3;

/** The results of every run so far, the latest run's winning. */
export function resultsOf(record: StoredBulkJob): Record<string, AccessActionResult> {
  const latest = record.state.batches.flatMap((b) => (b.phase === "finished" ? b.results : []));
  return byAction(record.settled, latest);
}

/** Actions of the latest run the server has not answered for yet. */
export function pendingOf(state: AccessJobState): Set<string> {
  return new Set(state.batches.flatMap((b) => (b.phase === "finished" ? [] : b.actions.map(actionKey))));
}

function changeText(entry: PlanEntry, done: readonly AccessAction[]): string {
  const parts: string[] = [];
  for (const action of done) {
    if (action.type === "assignRoles") parts.push(...entry.added.map((r) => `+ ${r.displayName}`));
    if (action.type === "unassignRoles") parts.push(...entry.removed.map((r) => `− ${r.displayName}`));
  }
  return parts.join(", ");
}

/** One change-log entry per member the job changed; undo gives back the roles the member had before. */
async function logApplied(iTwinId: string, plan: readonly PlanEntry[], results: readonly AccessActionResult[]) {
  const succeeded = new Map(results.filter((r) => r.outcome === "succeeded").map((r) => [actionKey(r.action), r]));
  for (const entry of plan) {
    const done = actionsOfEntry(entry).filter((a) => succeeded.has(actionKey(a)));
    if (done.length === 0) continue;
    const previous = entry.member.roles.map((r) => r.id);
    const jobId = succeeded.get(actionKey(done[0]!))?.jobId;
    await recordChange({
      summary: `bulk change${jobId ? ` (job ${jobId})` : ""}: ${changeText(entry, done)}`,
      target: `User member ${personName(personFromUser(entry.member))}`,
      // The job already ran: the server said these actions were applied.
      run: () => Promise.resolve(),
      // An empty role set cannot be saved, so a member who had no direct role has no undo.
      ...(previous.length > 0 && {
        inverse: {
          summary: `give back the roles ${entry.member.roles.map((r) => r.displayName).join(", ")}`,
          requests: [restoreUserMemberRoles(iTwinId, entry.member.id, previous)],
        },
      }),
    });
  }
}

const unfinished = (record: StoredBulkJob) => !isFinished(record.state) || !record.logged;

export interface BulkApplyOptions {
  /** How often the job is polled (tests pass a short interval). */
  pace?: AccessJobPace;
}

export function useBulkApply(iTwinId: string, options: BulkApplyOptions = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [record, setRecord] = useState<StoredBulkJob | undefined>(() => loadBulkJob(iTwinId));
  const [progress, setProgress] = useState<AccessJobProgress | undefined>();
  // A remembered run that is not over is carried on at once: it never shows as finished meanwhile.
  const [running, setRunning] = useState(() => record !== undefined && unfinished(record));
  const [error, setError] = useState<unknown>();
  const abort = useRef<AbortController | undefined>(undefined);
  // Read once: the pace does not change while a job runs.
  const pace = useRef(options.pace);

  const persist = useCallback(
    (next: StoredBulkJob) => {
      saveBulkJob(iTwinId, next);
      setRecord(next);
    },
    [iTwinId],
  );

  /** Carries a stored run on to its end: polls a known job, sends pending ones, logs and refreshes. */
  const carryOn = useCallback(
    async (start: StoredBulkJob, byPatch: readonly PlanEntry[] = []) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setRunning(true);
      setError(undefined);
      let current = start;
      try {
        if (!isFinished(current.state)) {
          const outcome = await resumeAccessJob(client, current.state, {
            signal: controller.signal,
            onState: (state) => {
              current = { ...current, state };
              persist(current);
            },
            onProgress: setProgress,
            ...(pace.current && { pace: pace.current }),
          });
          current = { ...current, state: outcome.state };
        }
        if (!current.logged) {
          await logApplied(
            iTwinId,
            current.plan,
            current.state.batches.flatMap((b) => (b.phase === "finished" ? b.results : [])),
          );
          current = { ...current, logged: true };
          persist(current);
        }
        if (byPatch.length) {
          const set = (id: string, r: MemberOutcome) => {
            current = { ...current, patched: { ...current.patched, [id]: r } };
            persist(current);
          };
          await runPaced(
            byPatch,
            (e) =>
              updateUserMemberRolesLogged(client, queryClient, iTwinId, e.member.id, e.roleIds, {
                memberName: personName(personFromUser(e.member)),
                previousRoleIds: e.member.roles.map((r) => r.id),
                summary: `bulk change: ${[...e.added.map((r) => `+ ${r.displayName}`), ...e.removed.map((r) => `− ${r.displayName}`)].join(", ")}`,
              }),
            {
              concurrency: BULK_CONCURRENCY,
              onStart: (e) => set(e.member.id, { status: "saving" }),
              onSettled: (e, r) =>
                set(
                  e.member.id,
                  r.ok
                    ? { status: "saved" }
                    : { status: "failed", errors: [r.error instanceof Error ? r.error.message : "The change failed."] },
                ),
            },
          );
        }
      } catch (failure) {
        // Aborted (the page was left): the stored state lets the next visit carry on.
        if (controller.signal.aborted) return;
        setError(failure);
      } finally {
        if (abort.current === controller) {
          abort.current = undefined;
          setRunning(false);
          setProgress(undefined);
        }
        if (!controller.signal.aborted) await invalidateAfter(queryClient, memberOperations.updateUserMemberRoles, { iTwinId });
      }
    },
    [client, iTwinId, persist, queryClient],
  );

  // A run left unfinished by a reload (or by leaving the page) carries on: a job already sent is polled
  // again, never sent a second time.
  useEffect(() => {
    const stored = loadBulkJob(iTwinId);
    if (stored && unfinished(stored)) void carryOn(stored);
    return () => abort.current?.abort();
  }, [carryOn, iTwinId]);

  const run = useCallback(
    (plan: PlanEntry[]) => {
      const { actions, byPatch } = bulkJobPlan(plan);
      const patched = Object.fromEntries(byPatch.map((e) => [e.member.id, { status: "saving" } as MemberOutcome]));
      void carryOn({ version: 1, plan, settled: [], state: planAccessJob(iTwinId, actions), logged: false, patched }, byPatch);
    },
    [carryOn, iTwinId],
  );

  /** Sends the failed actions again as a new job (and the failed PATCHes again). */
  const retryFailed = useCallback(() => {
    if (!record) return;
    const results = resultsOf(record);
    const failed = failedActions(results);
    const byPatch = record.plan.filter((e) => record.patched?.[e.member.id]?.status === "failed");
    void carryOn({ ...record, settled: Object.values(results), state: planAccessJob(iTwinId, failed), logged: false }, byPatch);
  }, [carryOn, iTwinId, record]);

  /** Picks the stored run up again after an error the runner left resumable (401, network), with the
   * PATCHes that had not started because of it. */
  const resume = useCallback(() => {
    if (!record) return;
    const byPatch = record.plan.filter((e) => record.patched?.[e.member.id]?.status === "saving");
    void carryOn(record, byPatch);
  }, [carryOn, record]);

  const reset = useCallback(() => {
    abort.current?.abort();
    forgetBulkJob(iTwinId);
    setRecord(undefined);
    setError(undefined);
  }, [iTwinId]);

  return { record, progress, running, error, run, retryFailed, resume, reset };
}
