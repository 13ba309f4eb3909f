// Requests per task against the fewest the API allows: each task lists the operations its screen needs
// (an operation already fetched earlier in the same page load counts as cached, as the query cache keeps
// it fresh), and the emulator's log says what was sent. Over 1.05 × the minimum is a miss.
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
  const already = new Set(cached.filter((r) => r.method === "GET").map(operationOf));
  const needed: Record<string, number> = {};
  for (const [op, n] of Object.entries(needs)) if (n && !already.has(op)) needed[op] = n;
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
/** The first screen: the iTwin (access and name), its roles, the permission rows, what I may do, who I am, and the recents mark. */
export const SIGN_IN_NEEDS = { getITwin: 1, listRoles: 1, listAllPermissions: 1, listMyPermissions: 1, getMe: 1, markITwinRecent: 1 };
/** Another iTwin's matrix: the permission rows and who I am are cached. */
export const SWITCH_NEEDS = { getITwin: 1, listRoles: 1, listMyPermissions: 1, markITwinRecent: 1 };
export const ROLES_NEEDS = { getITwin: 1, listRoles: 1, listAllPermissions: 1, listMyPermissions: 1 };
export const USERS_FIRST_NEEDS = { getITwin: 1, listUserMembers: 1, listMyPermissions: 1 };

/** The tour: each distinct GET once (the cache answers the rest within its fresh time), each write once. */
export function tourTask(log: readonly LoggedRequest[]): TaskRequests {
  const distinct = new Set(log.map((r) => (r.method === "GET" ? `GET ${r.url}` : `${r.method} ${r.url} ${r.seq}`)));
  const t = countTask("tour of every page", log, {});
  return { ...t, minimum: distinct.size, needed: t.sent, status: log.length <= distinct.size * 1.05 ? "met" : "missed" };
}
