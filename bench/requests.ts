// Requests per task against the fewest the API allows: each task lists the operations its screen needs
// (each request of an operation already sent earlier in the same page load answers one of them, as the
// query cache keeps it fresh), and the emulator's log says what was sent. Over 1.05 × the minimum is a miss.
import { allOperations, type OperationName } from "../src/api/operations/catalogue.ts";
import type { LoggedRequest } from "./scenarios/support.ts";

export const REQUEST_TARGET = 1.05;

const matchers = allOperations
  .map((op) => ({
    name: op.name,
    method: op.method,
    literal: op.path.replace(/\{\w+\}/g, "").length,
    re: new RegExp(`^(?:/api)?${op.path.replace(/\{\w+\}/g, "[^/]+")}$`),
  }))
  .sort((a, b) => b.literal - a.literal);

/** The catalogue's name for a logged request ("listRoles"), or "METHOD path" when none matches. */
export function operationOf(r: Pick<LoggedRequest, "method" | "url">): string {
  const path = r.url.replace(/^https?:\/\/[^/]+/, "").replace(/[?#].*$/, "");
  return matchers.find((m) => m.method === r.method && m.re.test(path))?.name ?? `${r.method} ${path}`;
}

export interface TaskRequests {
  task: string;
  actual: number;
  minimum: number;
  /** What was sent, by operation. */
  sent: Record<string, number>;
  /** What the minimum is made of, by operation. */
  needed: Record<string, number>;
  status: "met" | "missed";
}

/**
 * `needs`: operation → how many requests of it the task's screen needs at least; `cached`: requests of
 * this page load before the task (an operation among them is not needed again).
 */
export function countTask(
  task: string,
  log: readonly LoggedRequest[],
  needs: Partial<Record<OperationName, number>>,
  cached: readonly LoggedRequest[] = [],
): TaskRequests {
  const sent: Record<string, number> = {};
  for (const r of log) sent[operationOf(r)] = (sent[operationOf(r)] ?? 0) + 1;
  // Each GET of this page load before the task answers one of the task's needs of that operation.
  const already = new Map<string, number>();
  for (const r of cached) if (r.method === "GET") already.set(operationOf(r), (already.get(operationOf(r)) ?? 0) + 1);
  const needed: Record<string, number> = {};
  for (const [op, n] of Object.entries(needs)) if (n && n > (already.get(op) ?? 0)) needed[op] = n - (already.get(op) ?? 0);
  const minimum = Object.values(needed).reduce((a, b) => a + b, 0);
  const actual = log.length;
  const status = actual <= Math.max(minimum * REQUEST_TARGET, minimum) ? "met" : "missed";
  return { task, actual, minimum, sent, needed, status };
}

export function taskLine(t: TaskRequests): string {
  const ratio = t.minimum > 0 ? `${(t.actual / t.minimum).toFixed(2)}×` : t.actual === 0 ? "—" : "∞";
  const extra = Object.entries(t.sent)
    .filter(([op, n]) => n > (t.needed[op] ?? 0))
    .map(([op, n]) => `${op} ${n - (t.needed[op] ?? 0)}`);
  return `  ${t.task}: ${t.actual} requests, minimum ${t.minimum} → ${ratio} (≤ ${REQUEST_TARGET}×) ${t.status}${extra.length ? `; beyond the minimum: ${extra.join(", ")}` : ""}`;
}

/** The largest page Access Control's pages are asked for. */
export const PAGE_SIZE = 100;
/**
 * The account roles of an iTwin, which the matrix shows as read-only columns beside its own: which
 * account the iTwin has (asked beside the iTwin rather than after it, as a member's answer names it at
 * once; a non-member's is refused and the caller's primary account stands in), then that account's roles.
 */
const ACCOUNT_ROLES = { getITwinAccount: 1, accountRoles: 1 };

/**
 * The first screen: the iTwin (access and name), its roles and its account's (the matrix's columns), the
 * permission rows, what I may do, who I am, the recents mark; and in the app bar the organization scope
 * of the iTwin picker, offered to organization administrators: the caller's primary account, and one
 * group of it read to tell whether they are one (the same primary account finds a non-member's account).
 */
export const SIGN_IN_NEEDS = {
  getITwin: 1,
  listRoles: 1 + ACCOUNT_ROLES.accountRoles,
  listAllPermissions: 1,
  listMyPermissions: 1,
  getMe: 1,
  markITwinRecent: 1,
  getITwinAccount: ACCOUNT_ROLES.getITwinAccount,
  getMyPrimaryAccount: 1,
  listGroups: 1,
};
/** Another iTwin's matrix: its account (the same one's roles are cached), the permission rows, who I am and the scope are cached. */
export const SWITCH_NEEDS = { getITwin: 1, listRoles: 1, listMyPermissions: 1, markITwinRecent: 1, getITwinAccount: 1 };
/** The matrix with its account-role columns (what the page loaded before already fetched is taken off). */
export const ROLES_NEEDS = {
  getITwin: 1,
  listRoles: 1 + ACCOUNT_ROLES.accountRoles,
  listAllPermissions: 1,
  listMyPermissions: 1,
  getITwinAccount: ACCOUNT_ROLES.getITwinAccount,
};
/**
 * The users table's first page, and above it who can change access on the iTwin: counted by itself up to
 * five pages of members (AUTO_COUNT_PAGES), so on a larger iTwin those five pages are what tells it to
 * offer the count instead ("more than 500"); the roles give the count its permissions.
 */
export const USERS_FIRST_NEEDS = { getITwin: 1, listUserMembers: 5, listMyPermissions: 1, listRoles: 1 };

/** The tour: each distinct GET once (the cache answers the rest within its fresh time), each write once. */
export function tourTask(log: readonly LoggedRequest[]): TaskRequests {
  const distinct = new Set(log.map((r) => (r.method === "GET" ? `GET ${r.url}` : `${r.method} ${r.url} ${r.seq}`)));
  const t = countTask("tour of every page", log, {});
  return { ...t, minimum: distinct.size, needed: t.sent, status: log.length <= distinct.size * 1.05 ? "met" : "missed" };
}
