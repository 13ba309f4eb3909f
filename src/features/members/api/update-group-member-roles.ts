// G4 — PATCH {roleIds}: replaces the group member's roles (≤ 50). Invalidates the iTwin's member lists.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateMemberRolesRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import type { MemberRoleChangeLog } from "../../../api/queries/update-user-member-roles";
import { recordChange } from "../../../lib/change-log";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function updateGroupMemberRoles(client: HttpClient, iTwinId: string, groupId: string, roleIds: string[]) {
  const body: UpdateMemberRolesRequest = { roleIds };
  return client.request(memberOperations.updateGroupMemberRoles, { iTwinId, groupId }, { body }).then((r) => r.member);
}

export function useUpdateGroupMemberRoles(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, roleIds, log }: { memberId: string; roleIds: string[]; log?: MemberRoleChangeLog }) => {
      const run = () => updateGroupMemberRoles(client, iTwinId, memberId, roleIds);
      if (!log) return run();
      // Logged with its undo: PATCH the roles back to what the member had.
      return recordChange({
        summary: log.summary,
        target: `Group member ${log.memberName}`,
        run,
        inverse: {
          summary: `give back the ${log.previousRoleIds.length} role(s) it had before`,
          run: async () => {
            await updateGroupMemberRoles(client, iTwinId, memberId, log.previousRoleIds);
            await queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
          },
        },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
