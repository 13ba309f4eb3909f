// removeUserMember — remove a user member (also how missing users are cleaned up). 204.
// The removal goes through the change log. Its undo adds the user back by e-mail with the roles they
// had (someone outside the organization is invited instead). A missing user has no e-mail, so their
// removal cannot be undone.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UserMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { addUserMembersRequest } from "../member-undo-requests";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange, type ChangeInverse } from "../../../lib/change-log";
import { cachedUserMember, roleNames } from "../member-cache";
import { isMissingUser, userDisplayName } from "../member-search";
import { getUserMember } from "./get-user-member";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function removeUserMember(client: HttpClient, iTwinId: string, memberId: string) {
  return client.request(memberOperations.removeUserMember, { iTwinId, memberId });
}

/** The member as shown (the cache), or as the server has it when it is not on screen. */
async function memberBeforeRemoval(
  client: HttpClient,
  queryClient: ReturnType<typeof useQueryClient>,
  iTwinId: string,
  memberId: string,
): Promise<UserMember | undefined> {
  const cached = cachedUserMember(queryClient, iTwinId, memberId);
  if (cached) return cached;
  // Not knowing who it is must not stop the removal; the entry then has no undo.
  return getUserMember(client, iTwinId, memberId).catch(() => undefined);
}

export function useRemoveUserMember(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (memberId: string) => {
      const member = await memberBeforeRemoval(client, queryClient, iTwinId, memberId);
      const run = () => removeUserMember(client, iTwinId, memberId);
      if (!member)
        return recordChange({ summary: `Removed user member ${memberId} from the iTwin`, target: `User member ${memberId}`, run });
      if (isMissingUser(member) || !member.email) {
        return recordChange({
          summary: `Removed a missing user (deleted from Bentley IMS) from the iTwin — cannot be undone: there is no e-mail to add them back by`,
          target: `Missing user ${memberId}`,
          run,
        });
      }
      const name = userDisplayName(member);
      const email = member.email;
      const roleIds = member.roles.map((r) => r.id);
      const inverse: ChangeInverse = {
        summary: `add ${name} (${email}) back with ${roleIds.length === 1 ? "the role" : "the roles"} ${roleNames(queryClient, iTwinId, roleIds) || "none"} — someone outside your organization is invited instead`,
        requests: [addUserMembersRequest(iTwinId, [email], roleIds)],
      };
      return recordChange({ summary: `Removed ${name} from the iTwin`, target: `User member ${name}`, run, inverse });
    },
    onSuccess: () => invalidateAfter(queryClient, memberOperations.removeUserMember, { iTwinId }),
  });
}
