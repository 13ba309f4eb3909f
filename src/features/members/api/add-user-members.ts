// addUserMembers — add users by e-mail with roles. Same-organization users become members at once; others are
// invited (201 {members, invitations}). At most 50 role assignments per request.
// The add goes through the change log; its undo takes back what this add did (see add-undo.ts).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AddUserMembersRequest, UserMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { restoreUserMemberRoles } from "../../../api/queries/update-user-member-roles";
import { removeUserMemberRequest, cancelInvitationRequest } from "../member-undo-requests";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange } from "../../../lib/change-log";
import { planAddUndo, type AddUndoPlan } from "../add-undo";
import { addLeavingExistingAlone, type AddAnswer } from "../add-refusing-existing";
import { getUserMember } from "./get-user-member";
import { cachedInvitations, cachedUserMemberByEmail, listOf, roleNames } from "../member-cache";
import { userDisplayName } from "../member-search";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import type { UndoRequest } from "../../../lib/undo-request";

/** The server's answer, plus the members it refused to add again (409) and left as they were. */
export type AddResult = AddAnswer;

export function addUserMembers(client: HttpClient, iTwinId: string, emails: string[], roleIds: string[]) {
  const body: AddUserMembersRequest = { members: emails.map((email) => ({ email, roleIds })) };
  return client.request(memberOperations.addUserMembers, { iTwinId }, { body });
}

/** What undoing an add sends, once the server's answer (and so the plan) is known. */
function addUndoRequests(iTwinId: string, plan: AddUndoPlan): UndoRequest[] {
  return [
    ...plan.remove.map((m) => removeUserMemberRequest(iTwinId, m.id)),
    ...plan.restore.map((r) => restoreUserMemberRoles(iTwinId, r.member.id, r.roleIds)),
    ...plan.cancel.map((i) => cancelInvitationRequest(iTwinId, i.id)),
  ];
}

/** What the undo will do, in words, once the server's answer is known. */
export function describeAddUndo(plan: AddUndoPlan | undefined): string {
  if (!plan) return "remove the users it added and cancel the invitations it sent";
  const s = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const parts = [
    plan.remove.length > 0 ? `remove ${listOf(plan.remove.map(userDisplayName))}` : "",
    plan.restore.length > 0 ? `give ${listOf(plan.restore.map((r) => userDisplayName(r.member)))} back the roles they had` : "",
    plan.cancel.length > 0
      ? `cancel the ${s(plan.cancel.length, "invitation", "invitations")} of ${listOf(plan.cancel.map((i) => i.email))}`
      : "",
  ].filter(Boolean);
  const untouched =
    plan.untouched.length > 0
      ? ` (the pending ${s(plan.untouched.length, "invitation", "invitations")} of ${listOf(plan.untouched.map((i) => i.email))} existed before and ${s(plan.untouched.length, "keeps", "keep")} the added roles)`
      : "";
  return (parts.length > 0 ? parts.join("; ") : "nothing to take back: everyone already had these roles") + untouched;
}

export function useAddUserMembers(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ emails, roleIds }: { emails: string[]; roleIds: string[] }) => {
      // What was there before the add, so the undo gives back exactly that.
      const previousRoles = new Map(emails.map((e) => [e.toLowerCase(), cachedUserMemberByEmail(queryClient, iTwinId, e)?.roles]));
      const invitationIds = new Set(cachedInvitations(queryClient, iTwinId).map((i) => i.id.toLowerCase()));
      let plan: AddUndoPlan | undefined;
      return recordChange({
        summary: `Added or invited ${listOf(emails)} with ${roleIds.length === 1 ? "role" : "roles"} ${roleNames(queryClient, iTwinId, roleIds)}`,
        target: "Users of the iTwin",
        run: async () => {
          const answer: AddResult = await addLeavingExistingAlone(
            emails,
            (some) => addUserMembers(client, iTwinId, some, roleIds),
            (memberId) => getUserMember(client, iTwinId, memberId),
          );
          const rolesOf = (m: UserMember) => (m.email ? previousRoles.get(m.email.toLowerCase()) : undefined);
          plan = planAddUndo(answer, roleIds, { rolesOf, invitationIds });
          return answer;
        },
        // Worked out from the answer: who was added, who already was a member, which invitations are new.
        inverse: () =>
          plan && {
            summary: describeAddUndo(plan),
            requests: addUndoRequests(iTwinId, plan),
          },
      });
    },
    onSuccess: () => invalidateAfter(queryClient, memberOperations.addUserMembers, { iTwinId }),
  });
}
