// U3 — add users by e-mail with roles. Same-organization users become members at once; others are
// invited (201 {members, invitations}). At most 50 role assignments per request.
// The add goes through the change log; its undo takes back what this add did (see add-undo.ts).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AddUserMembersRequest, UserMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { updateUserMemberRoles } from "../../../api/queries/update-user-member-roles";
import { recordChange } from "../../../lib/change-log";
import { planAddUndo, type AddUndoPlan } from "../add-undo";
import { addLeavingExistingAlone, type AddOutcome } from "../add-refusing-existing";
import { getUserMember } from "./get-user-member";
import { cachedInvitations, cachedUserMemberByEmail, listOf, roleNames } from "../member-cache";
import { userDisplayName } from "../member-search";
import { cancelInvitation } from "./cancel-invitation";
import { removeUserMember } from "./remove-user-member";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export interface AddResult extends AddOutcome {
  /** Already members before the add: the server merged the roles into theirs (their roles now are listed). */
  merged: UserMember[];
}

export function addUserMembers(client: HttpClient, iTwinId: string, emails: string[], roleIds: string[]) {
  const body: AddUserMembersRequest = { members: emails.map((email) => ({ email, roleIds })) };
  return client.request(memberOperations.addUserMembers, { iTwinId }, { body });
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
          const answer: AddOutcome = await addLeavingExistingAlone(
            emails,
            (some) => addUserMembers(client, iTwinId, some, roleIds),
            (memberId) => getUserMember(client, iTwinId, memberId),
          );
          const rolesOf = (m: UserMember) => (m.email ? previousRoles.get(m.email.toLowerCase()) : undefined);
          plan = planAddUndo(answer, roleIds, { rolesOf, invitationIds });
          const requested = new Set(roleIds.map((id) => id.toLowerCase()));
          // Members before this add: known so from the cache, or holding roles this add did not ask for (the server merged).
          const merged = answer.members.filter(
            (m) => (rolesOf(m)?.length ?? 0) > 0 || m.roles.some((r) => !requested.has(r.id.toLowerCase())),
          );
          return { ...answer, merged } satisfies AddResult;
        },
        inverse: {
          // A getter: the words depend on the server's answer, which arrives after the entry is made.
          get summary() {
            return describeAddUndo(plan);
          },
          run: async () => {
            if (!plan) throw new Error("What was added is not known.");
            try {
              for (const m of plan.remove) await removeUserMember(client, iTwinId, m.id);
              for (const r of plan.restore) await updateUserMemberRoles(client, iTwinId, r.member.id, r.roleIds);
              for (const i of plan.cancel) await cancelInvitation(client, iTwinId, i.id);
            } finally {
              await queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
            }
          },
        },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
