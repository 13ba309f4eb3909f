// What the emulator saw of Access Control jobs: the job creations in its request log, and each job's
// actions as the server holds them (read through the control client, unlogged).
import type { APIRequestContext } from "@playwright/test";
import { jobOperations } from "../../src/api/operations/accesscontrol-jobs";
import type { LoggedRequest } from "../../emulator/api/control-client";
import { emulator } from "./emulator";

const JOBS = /\/api\/accesscontrol\/itwins\/([^/?]+)\/jobs(?:\/([^/?]+))?(\/actions)?(?:\?|$)/;

export function jobPosts(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((r) => {
    const m = r.method === "POST" ? JOBS.exec(r.url) : null;
    return m !== null && m[2] === undefined;
  });
}

/** The ids of the jobs polled, in the order they were first asked about. */
export function polledJobIds(log: readonly LoggedRequest[]): string[] {
  const ids = log.flatMap((r) => {
    const m = r.method === "GET" ? JOBS.exec(r.url) : null;
    return m?.[2] ? [m[2]] : [];
  });
  return [...new Set(ids)];
}

/** The e-mails of a job's assignRoles actions, as the server holds them. */
export async function assignedEmails(request: APIRequestContext, iTwinId: string, jobId: string): Promise<string[]> {
  const { actions } = await emulator(request).actAsOk("manager", jobOperations.getJobActions, { iTwinId, jobId });
  return (actions.assignRoles ?? []).map((a) => a.email);
}
