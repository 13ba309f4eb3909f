// The actions of an Access Control job as the console thinks of them (one list, each with its type), how
// they split into jobs (at most 100 per action group), and how a server error's target names one of them.
import type { JobActions } from "../wire-access";
import type { ErrorDetail } from "../wire";

export type AccessActionType = "assignRoles" | "unassignRoles" | "removeMembers";

export type AccessAction =
  | { type: "assignRoles"; email: string; roleIds: string[] }
  | { type: "unassignRoles"; email: string; roleIds: string[] }
  | { type: "removeMembers"; email: string };

/** Bentley's limit: at most this many entries in each action group of one job. */
export const MAX_ACTIONS_PER_GROUP = 100;

export const ACTION_TYPES: readonly AccessActionType[] = ["assignRoles", "unassignRoles", "removeMembers"];

/** Splits the actions into jobs: the n-th job takes the n-th hundred of each group, order kept within a group. */
export function splitIntoJobs(actions: readonly AccessAction[], perGroup = MAX_ACTIONS_PER_GROUP): AccessAction[][] {
  const byType = ACTION_TYPES.map((type) => actions.filter((a) => a.type === type));
  const jobCount = Math.max(0, ...byType.map((list) => Math.ceil(list.length / perGroup)));
  return Array.from({ length: jobCount }, (_, n) => byType.flatMap((list) => list.slice(n * perGroup, (n + 1) * perGroup)));
}

/** The request body's `actions` for one job's actions. */
export function jobBody(actions: readonly AccessAction[]): JobActions {
  const body: JobActions = {};
  for (const action of actions) {
    if (action.type === "removeMembers") (body.removeMembers ??= []).push({ email: action.email });
    else (body[action.type] ??= []).push({ email: action.email, roleIds: [...action.roleIds] });
  }
  return body;
}

/** The job's actions as the server lists them, back in the console's form. */
export function actionsOf(body: JobActions): AccessAction[] {
  return [
    ...(body.assignRoles ?? []).map((a): AccessAction => ({ type: "assignRoles", email: a.email, roleIds: a.roleIds })),
    ...(body.unassignRoles ?? []).map((a): AccessAction => ({ type: "unassignRoles", email: a.email, roleIds: a.roleIds })),
    ...(body.removeMembers ?? []).map((a): AccessAction => ({ type: "removeMembers", email: a.email })),
  ];
}

// "assignRoles[3]", "assignRoles[3].email", "actions.unassignRoles[0].roleIds[1]".
const TARGET = /(assignRoles|unassignRoles|removeMembers)\[(\d+)\]/i;

/** Which entry of which group an error detail is about, when its target says so. */
export function targetOf(detail: ErrorDetail): { type: AccessActionType; index: number } | undefined {
  const match = TARGET.exec(detail.target ?? "");
  if (!match) return undefined;
  const type = ACTION_TYPES.find((t) => t.toLowerCase() === match[1]!.toLowerCase())!;
  return { type, index: Number(match[2]) };
}

/** Whether two e-mail addresses name the same mailbox as Bentley compares them: case and outer spaces aside; a missing one matches nothing. */
export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === "string" && typeof b === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** One action's identity: its type and e-mail (an e-mail appears at most once per group in a job the console sends). */
export function actionKey(action: AccessAction): string {
  return `${action.type}:${action.email.trim().toLowerCase()}`;
}

export function describeAction(action: AccessAction): string {
  const verb = action.type === "assignRoles" ? "assign roles to" : action.type === "unassignRoles" ? "unassign roles from" : "remove";
  return `${verb} ${action.email}`;
}
