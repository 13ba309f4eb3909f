// U4 — PATCH {roleIds}: replaces the user member's roles (≤ 50). Invalidates the iTwin's member lists.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UpdateMemberRolesRequest, UserMemberResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";
import { recordChange } from "../../../app/change-log/change-log";

/** What the change log shows for a role change, and the roles to give back on undo. */
export interface MemberRoleChangeLog {
  memberName: string;
  summary: string;
  previousRoleIds: string[];
}

export function updateUserMemberRoles(client: HttpClient, iTwinId: string, memberId: string, roleIds: string[]) {
  const body: UpdateMemberRolesRequest = { roleIds };
  return client
    .request({ method: "PATCH", api: "accesscontrol", path: acPath(iTwinId, `/members/users/${encodeURIComponent(memberId)}`), body, schema: UserMemberResponse })
    .then((r) => r.member);
}

export function useUpdateUserMemberRoles(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, roleIds, log }: { memberId: string; roleIds: string[]; log?: MemberRoleChangeLog }) => {
      const run = () => updateUserMemberRoles(client, iTwinId, memberId, roleIds);
      if (!log) return run();
      // Logged with its undo: PATCH the roles back to what the member had.
      return recordChange({
        summary: log.summary,
        target: `User member ${log.memberName}`,
        run,
        inverse: {
          summary: `give back the ${log.previousRoleIds.length} role(s) it had before`,
          run: async () => {
            await updateUserMemberRoles(client, iTwinId, memberId, log.previousRoleIds);
            await queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
          },
        },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
