// G4 — PATCH {roleIds}: replaces the group member's roles (≤ 50). Invalidates the iTwin's member lists.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { GroupMemberResponse, UpdateMemberRolesRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";
import type { MemberRoleChangeLog } from "../../../api/queries/update-user-member-roles";
import { recordChange } from "../../../lib/change-log";
import { plural } from "../../../lib/plural";
import type { UndoRequest } from "../../../lib/undo-request";

function updateGroupMemberRolesRequest(iTwinId: string, groupId: string, roleIds: string[]): UndoRequest {
  const body: UpdateMemberRolesRequest = { roleIds };
  return { method: "PATCH", api: "accesscontrol", path: acPath(iTwinId, `/members/groups/${encodeURIComponent(groupId)}`), body };
}

export function updateGroupMemberRoles(client: HttpClient, iTwinId: string, groupId: string, roleIds: string[]) {
  return client.request({ ...updateGroupMemberRolesRequest(iTwinId, groupId, roleIds), schema: GroupMemberResponse }).then((r) => r.member);
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
          requests: [updateGroupMemberRolesRequest(iTwinId, memberId, log.previousRoleIds)],
          refresh: [memberKeys.forITwin(iTwinId)],
        },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
