// Adding people the organization does not know: an Access Control job refuses an address outside the
// organization (UserNotFound), so they go by add-user-members, whose answer invites them. One request
// per iTwin carries as many as fit in its 50 role assignments; each change is marked "sending" before
// it goes, and its result is read from the answer: invited, or added at once when the address turned
// out to be someone of the organization after all.
import { sameEmail } from "../../api/access-jobs/actions";
import { isApiError } from "../../api/api-error";
import type { HttpClient } from "../../api/operation-request";
import { memberOperations } from "../../api/operations/accesscontrol-members";
import type { PlanChange } from "./plan";
import type { ChangeProgress } from "./progress";

export type InviteChange = Extract<PlanChange, { kind: "addUserMember" }> & { invite: true };

export const isInvite = (change: PlanChange): change is InviteChange => change.kind === "addUserMember" && change.invite === true;

/** What add-user-members takes in one request, counted over all its members. */
export const ROLE_ASSIGNMENTS_PER_REQUEST = 50;

/** The changes in requests of at most 50 role assignments each, in order. */
export function inviteBatches(changes: readonly InviteChange[]): InviteChange[][] {
  const batches: InviteChange[][] = [];
  let current: InviteChange[] = [];
  let count = 0;
  for (const change of changes) {
    if (current.length && count + change.roleIds.length > ROLE_ASSIGNMENTS_PER_REQUEST) {
      batches.push(current);
      current = [];
      count = 0;
    }
    current.push(change);
    count += change.roleIds.length;
  }
  if (current.length) batches.push(current);
  return batches;
}

export async function sendInvites(
  client: HttpClient,
  iTwinId: string,
  changes: readonly InviteChange[],
  settle: (entries: [string, ChangeProgress][]) => Promise<void>,
  options: { signal?: AbortSignal; now: () => number },
): Promise<void> {
  const { signal, now } = options;
  for (const batch of inviteBatches(changes)) {
    await settle(batch.map((c) => [c.id, { state: "sending", at: now() }]));
    try {
      const answer = await client.request(
        memberOperations.addUserMembers,
        { iTwinId },
        { ...(signal && { signal }), body: { members: batch.map((c) => ({ email: c.email, roleIds: c.roleIds })) } },
      );
      await settle(
        batch.map((c): [string, ChangeProgress] => {
          const invitation = answer.invitations.find((i) => sameEmail(i.email, c.email));
          // The invitation's id, so that the change log's undo can cancel it.
          if (invitation) return [c.id, { state: "succeeded", applied: true, note: "invited", createdId: invitation.id, at: now() }];
          if (answer.members.some((m) => sameEmail(m.email, c.email)))
            return [c.id, { state: "succeeded", applied: true, note: "added at once: someone of the organization", at: now() }];
          return [c.id, { state: "unknown", error: "The server's answer names neither a member nor an invitation for them.", at: now() }];
        }),
      );
    } catch (error) {
      if (signal?.aborted) throw error; // stays "sending": the next run asks the server
      if (isApiError(error) && error.status === 401) {
        await settle(batch.map((c) => [c.id, { state: "pending", at: now() }]));
        throw error;
      }
      const answered = isApiError(error) && error.status >= 400 && error.status <= 499;
      const message = error instanceof Error ? error.message : String(error);
      await settle(
        batch.map((c): [string, ChangeProgress] => [
          c.id,
          answered
            ? { state: "failed", error: message, ...(isApiError(error) && { code: error.code }), at: now() }
            : {
                state: "unknown",
                error: `No answer from the server (${message}): retrying checks first whether it was applied.`,
                at: now(),
              },
        ]),
      );
    }
  }
}
