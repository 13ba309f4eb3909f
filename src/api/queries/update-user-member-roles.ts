// updateUserMemberRoles — PATCH {roleIds}: replaces a user member's roles (≤ 50). Shared by the members editor and access
// insight (same access as…, bulk), so every such change is sent the same way, lands in the change log
// with its undo, and invalidates the iTwin's member lists.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { UpdateMemberRolesRequest, UserMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { recordChange } from "../../lib/change-log";
import { invalidateAfter } from "../operation-queries";
import { memberOperations } from "../operations/accesscontrol-members";
import { plural } from "../../lib/plural";
import { undoRequest, type UndoRequest } from "../../lib/undo-request";

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

/** The undo of a role change: PATCH the member's roles back (a description the change log can keep). */
export function restoreUserMemberRoles(iTwinId: string, memberId: string, roleIds: string[]): UndoRequest {
  const body: UpdateMemberRolesRequest = { roleIds };
  return undoRequest(memberOperations.updateUserMemberRoles, { iTwinId, memberId }, body);
}

/** Sends the change through the change log; undo PATCHes the roles back to what the member had. */
export function updateUserMemberRolesLogged(
  client: HttpClient,
  _queryClient: QueryClient,
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
      summary: `give back the ${plural(log.previousRoleIds.length, "role")} it had before`,
      requests: [restoreUserMemberRoles(iTwinId, memberId, log.previousRoleIds)],
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
    onSuccess: () => invalidateAfter(queryClient, memberOperations.updateUserMemberRoles, { iTwinId }),
  });
}
