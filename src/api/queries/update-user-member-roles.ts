// U4 — PATCH {roleIds}: replaces a user member's roles (≤ 50). Shared by the members editor and access
// insight (same access as…, bulk), so every such change is sent the same way, lands in the change log
// with its undo, and invalidates the iTwin's member lists.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { UpdateMemberRolesRequest, UserMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { recordChange } from "../../lib/change-log";
import { memberKeys } from "./member-keys";
import { memberOperations } from "../operations/accesscontrol-members";

/** What the change log shows for a role change, and the roles to give back on undo. */
export interface MemberRoleChangeLog {
  memberName: string;
  summary: string;
  previousRoleIds: string[];
}

export function updateUserMemberRoles(client: HttpClient, iTwinId: string, memberId: string, roleIds: string[]): Promise<UserMember> {
  const body: UpdateMemberRolesRequest = { roleIds };
  return client.request(memberOperations.updateUserMemberRoles, { iTwinId, memberId }, { body }).then((r) => r.member);
}

/** Sends the change through the change log; undo PATCHes the roles back to what the member had. */
export function updateUserMemberRolesLogged(
  client: HttpClient,
  queryClient: QueryClient,
  iTwinId: string,
  memberId: string,
  roleIds: string[],
  log: MemberRoleChangeLog,
) {
  return recordChange({
    summary: log.summary,
    target: `User member ${log.memberName}`,
    run: () => updateUserMemberRoles(client, iTwinId, memberId, roleIds),
    inverse: {
      summary: `give back the ${log.previousRoleIds.length} role(s) it had before`,
      run: async () => {
        await updateUserMemberRoles(client, iTwinId, memberId, log.previousRoleIds);
        await queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
      },
    },
  });
}

export function useUpdateUserMemberRoles(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, roleIds, log }: { memberId: string; roleIds: string[]; log?: MemberRoleChangeLog }) =>
      log
        ? updateUserMemberRolesLogged(client, queryClient, iTwinId, memberId, roleIds, log)
        : updateUserMemberRoles(client, iTwinId, memberId, roleIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
