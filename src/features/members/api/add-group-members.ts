// addGroupMembers — give groups roles on the iTwin (201 {members}). At most 50 role assignments per request.
// The add goes through the change log; its undo takes the added groups' roles away again (removeGroupMember). The add
// dialog offers only groups that hold no roles here yet, so removing them restores what was there.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AddGroupMembersRequest, GroupMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { removeGroupMemberRequest } from "../member-undo-requests";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange } from "../../../lib/change-log";
import { cachedGroupMember, listOf, roleNames } from "../member-cache";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function addGroupMembers(client: HttpClient, iTwinId: string, groupIds: string[], roleIds: string[]) {
  const body: AddGroupMembersRequest = { members: groupIds.map((groupId) => ({ groupId, roleIds })) };
  return client.request(memberOperations.addGroupMembers, { iTwinId }, { body });
}

export function useAddGroupMembers(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ groupIds, roleIds, groupNames }: { groupIds: string[]; roleIds: string[]; groupNames?: string[] }) => {
      // Groups that already held roles are not removed by the undo (they were members before).
      const wereMembers = new Set(groupIds.filter((id) => cachedGroupMember(queryClient, iTwinId, id)).map((id) => id.toLowerCase()));
      const names = groupNames && groupNames.length === groupIds.length ? groupNames : groupIds;
      return recordChange({
        summary: `Added ${names.length === 1 ? "group" : "groups"} ${listOf(names)} with ${roleIds.length === 1 ? "role" : "roles"} ${roleNames(queryClient, iTwinId, roleIds)}`,
        target: "Groups of the iTwin",
        run: () => addGroupMembers(client, iTwinId, groupIds, roleIds),
        inverse: (answer) => ({
          summary: `remove ${names.length === 1 ? "the group" : "the groups"} ${listOf(names)} from the iTwin again`,
          requests: answer.members
            .filter((m: GroupMember) => !wereMembers.has(m.id.toLowerCase()))
            .map((m: GroupMember) => removeGroupMemberRequest(iTwinId, m.id)),
        }),
      });
    },
    onSuccess: () => invalidateAfter(queryClient, memberOperations.addGroupMembers, { iTwinId }),
  });
}
