// removeGroupMember — take a group's roles on the iTwin away (the AC group itself stays). 204.
// The removal goes through the change log; its undo gives the group the roles it had back (addGroupMembers).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GroupMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { addGroupMembersRequest } from "../member-undo-requests";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange } from "../../../lib/change-log";
import { cachedGroupMember, roleNames } from "../member-cache";
import { getGroupMember } from "./get-group-member";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function removeGroupMember(client: HttpClient, iTwinId: string, groupId: string) {
  return client.request(memberOperations.removeGroupMember, { iTwinId, groupId });
}

export function useRemoveGroupMember(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (groupId: string) => {
      const group: GroupMember | undefined =
        cachedGroupMember(queryClient, iTwinId, groupId) ?? (await getGroupMember(client, iTwinId, groupId).catch(() => undefined));
      const run = () => removeGroupMember(client, iTwinId, groupId);
      // Not knowing which roles it held must not stop the removal; the entry then has no undo.
      if (!group)
        return recordChange({ summary: `Removed group member ${groupId} from the iTwin`, target: `Group member ${groupId}`, run });
      const roleIds = group.roles.map((r) => r.id);
      return recordChange({
        summary: `Removed group ${group.groupName} from the iTwin`,
        target: `Group member ${group.groupName}`,
        run,
        inverse: {
          summary: `give ${group.groupName} back ${roleIds.length === 1 ? "the role" : "the roles"} ${roleNames(queryClient, iTwinId, roleIds) || "none"}`,
          requests: [addGroupMembersRequest(iTwinId, [groupId], roleIds)],
        },
      });
    },
    onSuccess: () => invalidateAfter(queryClient, memberOperations.removeGroupMember, { iTwinId }),
  });
}
