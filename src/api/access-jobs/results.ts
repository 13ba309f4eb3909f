// Per-action results from what the server said about a finished job (or a refused one), reconciled with
// the members list where the job's answer leaves it open.
import type { ApiError } from "../api-error";
import type { ErrorDetail } from "../wire";
import type { UserMember } from "../wire";
import { actionKey, actionsOf, targetOf, type AccessAction } from "./actions";
import { holdsOnServer } from "./reconcile";
import type { AccessActionResult, AccessJobStatus } from "./state";
import type { JobActions } from "../wire-access";

const NOT_APPLIED = "The server did not apply this change.";
const NOT_CONFIRMED = "The server's answer to this job was lost; the members list does not show this change yet.";

/** The server's errors by the action they name (through the job's actions as the server lists them). */
export function errorsByAction(errors: readonly ErrorDetail[], serverActions: JobActions | undefined, sent: readonly AccessAction[]) {
  const listed = serverActions ? actionsOf(serverActions) : sent;
  const byGroup = (type: string) => listed.filter((a) => a.type === type);
  const named = new Map<string, ErrorDetail>();
  const unnamed: ErrorDetail[] = [];
  for (const detail of errors) {
    const target = targetOf(detail);
    const action = target ? byGroup(target.type)[target.index] : undefined;
    if (action) named.set(actionKey(action), detail);
    else unnamed.push(detail);
  }
  return { named, unnamed };
}

function failed(action: AccessAction, detail: ErrorDetail | undefined, fallback: string, jobId?: string): AccessActionResult {
  return {
    action,
    outcome: "failed",
    error: detail?.message ?? fallback,
    ...(detail?.code && { code: detail.code }),
    ...(jobId && { jobId }),
  };
}

export function finishedResults(input: {
  actions: readonly AccessAction[];
  status: Exclude<AccessJobStatus, "Active">;
  jobId: string;
  errors: readonly ErrorDetail[];
  serverActions?: JobActions;
  /** The members list now; needed for PartialCompleted. */
  members?: readonly UserMember[];
}): AccessActionResult[] {
  const { actions, status, jobId } = input;
  if (status === "Completed") return actions.map((action) => ({ action, outcome: "succeeded", jobId }));
  const { named, unnamed } = errorsByAction(input.errors, input.serverActions, actions);
  const fallback = unnamed.map((d) => d.message).join(" ") || NOT_APPLIED;
  if (status === "Failed") return actions.map((a) => failed(a, named.get(actionKey(a)), fallback, jobId));
  // PartialCompleted: the members list decides what is done; the job's errors say why the rest is not.
  return actions.map((action) =>
    input.members && holdsOnServer(action, input.members)
      ? { action, outcome: "succeeded", jobId }
      : failed(action, named.get(actionKey(action)), fallback, jobId),
  );
}

/** A job the server refused to create (4xx): nothing was applied; a 422's details name the entries at fault. */
export function refusedResults(actions: readonly AccessAction[], error: ApiError): AccessActionResult[] {
  const details: ErrorDetail[] = error.details.map((d) => ({ code: d.code, message: d.message, target: d.target ?? null }));
  const { named } = errorsByAction(details, undefined, actions);
  return actions.map((action) => {
    const detail = named.get(actionKey(action));
    return detail ? failed(action, detail, error.message) : failed(action, undefined, `Not applied: ${error.message}`);
  });
}

/** A job whose creation was never confirmed: only the members list can say what happened. */
export function unconfirmedResults(actions: readonly AccessAction[], members: readonly UserMember[]): AccessActionResult[] {
  return actions.map((action) =>
    holdsOnServer(action, members) ? { action, outcome: "succeeded" } : { action, outcome: "unknown", error: NOT_CONFIRMED },
  );
}
