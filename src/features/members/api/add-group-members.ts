// G3 — give groups roles on the iTwin (201 {members}). At most 50 role assignments per request.
// The add goes through the change log; its undo takes the added groups' roles away again (G5). The add
// dialog offers only groups that hold no roles here yet, so removing them restores what was there.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AddGroupMembersRequest, GroupMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { recordChange } from "../../../lib/change-log";
import { cachedGroupMember, listOf, roleNames } from "../member-cache";
import { removeGroupMember } from "./remove-group-member";
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
      let added: GroupMember[] = [];
      const names = groupNames && groupNames.length === groupIds.length ? groupNames : groupIds;
      return recordChange({
        summary: `Added ${names.length === 1 ? "group" : "groups"} ${listOf(names)} with ${roleIds.length === 1 ? "role" : "roles"} ${roleNames(queryClient, iTwinId, roleIds)}`,
        target: "Groups of the iTwin",
        run: async () => {
          const answer = await addGroupMembers(client, iTwinId, groupIds, roleIds);
          added = answer.members.filter((m) => !wereMembers.has(m.id.toLowerCase()));
          return answer;
        },
        inverse: {
          summary: `remove ${names.length === 1 ? "the group" : "the groups"} ${listOf(names)} from the iTwin again`,
          run: async () => {
            try {
              for (const g of added) await removeGroupMember(client, iTwinId, g.id);
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
