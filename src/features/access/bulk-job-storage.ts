// Where a bulk change's job is remembered between reloads: sessionStorage, one item per iTwin, holding
// the plan it was made from and the runner's state (job ids, phases, per-action results) — never a token.
// A reload mid-job finds the job id here and polls it again instead of sending the change a second time.
import type { AccessActionResult, AccessJobState } from "../../api/access-jobs";
import type { MemberOutcome } from "./bulk-job";
import type { PlanEntry } from "./bulk-plan";

const PREFIX = "itwin-access-console.bulk-job.v1:";

export interface StoredBulkJob {
  version: 1;
  /** The preview the change was applied from (the rows shown again after a reload). */
  plan: PlanEntry[];
  /** Results of earlier runs (before a retry), each replaced by a later run's result for the same action. */
  settled: AccessActionResult[];
  /** The latest run, as the job runner reported it. */
  state: AccessJobState;
  /** The latest run's applied changes are in the change log. */
  logged: boolean;
  /** Members without an e-mail, changed by PATCH one at a time. */
  patched?: Record<string, MemberOutcome>;
}

const CUT_OFF = "The page was reloaded before the server answered: check this member's roles.";

/** A PATCH still waiting when the page went away has an outcome nobody saw. */
function revived(job: StoredBulkJob): StoredBulkJob {
  if (!job.patched) return job;
  const patched = Object.fromEntries(
    Object.entries(job.patched).map(([id, o]): [string, MemberOutcome] => [
      id,
      o.status === "saving" ? { status: "unknown", errors: [CUT_OFF] } : o,
    ]),
  );
  return { ...job, patched };
}

function isStored(value: unknown, iTwinId: string): value is StoredBulkJob {
  const v = value as Partial<StoredBulkJob> | null;
  return (
    v !== null &&
    typeof v === "object" &&
    v.version === 1 &&
    Array.isArray(v.plan) &&
    Array.isArray(v.settled) &&
    typeof v.logged === "boolean" &&
    v.state?.iTwinId === iTwinId &&
    Array.isArray(v.state.batches)
  );
}

const storage = (): Storage | undefined => (typeof sessionStorage === "undefined" ? undefined : sessionStorage);

export function loadBulkJob(iTwinId: string): StoredBulkJob | undefined {
  try {
    const text = storage()?.getItem(PREFIX + iTwinId);
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    return isStored(parsed, iTwinId) ? revived(parsed) : undefined;
  } catch {
    return undefined;
  }
}

export function saveBulkJob(iTwinId: string, job: StoredBulkJob): void {
  try {
    storage()?.setItem(PREFIX + iTwinId, JSON.stringify(job));
  } catch {
    // A full or disabled storage costs only the resume after a reload.
  }
}

export function forgetBulkJob(iTwinId: string): void {
  try {
    storage()?.removeItem(PREFIX + iTwinId);
  } catch {
    // Nothing to forget.
  }
}

/** Signing out: every iTwin's remembered bulk change goes (it names people and roles). */
export function forgetAllBulkJobs(): void {
  try {
    const s = storage();
    if (!s) return;
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k?.startsWith(PREFIX) === true);
    keys.forEach((k) => s.removeItem(k));
  } catch {
    // Nothing to forget.
  }
}
