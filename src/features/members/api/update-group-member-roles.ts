// updateGroupMemberRoles — PATCH {roleIds}: replaces the group member's roles (≤ 50). Invalidates the iTwin's member lists.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateMemberRolesRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { invalidateAfter } from "../../../api/operation-queries";
import type { MemberRoleChangeLog } from "../../../api/queries/update-user-member-roles";
import { recordChange } from "../../../lib/change-log";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { plural } from "../../../lib/plural";
import { undoRequest } from "../../../lib/undo-request";

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
          summary: `give back the ${plural(log.previousRoleIds.length, "role")} it had before`,
          requests: [
            undoRequest(memberOperations.updateGroupMemberRoles, { iTwinId, groupId: memberId }, { roleIds: log.previousRoleIds }),
          ],
        },
      });
    },
    onSuccess: () => invalidateAfter(queryClient, memberOperations.updateGroupMemberRoles, { iTwinId }),
  });
}
