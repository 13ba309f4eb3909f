// G4 — PATCH {roleIds}: replaces the group member's roles (≤ 50). Invalidates the iTwin's member lists.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { GroupMemberResponse, UpdateMemberRolesRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";

export function updateGroupMemberRoles(client: HttpClient, iTwinId: string, groupId: string, roleIds: string[]) {
  const body: UpdateMemberRolesRequest = { roleIds };
  return client
    .request({ method: "PATCH", api: "accesscontrol", path: acPath(iTwinId, `/members/groups/${encodeURIComponent(groupId)}`), body, schema: GroupMemberResponse })
    .then((r) => r.member);
}

export function useUpdateGroupMemberRoles(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, roleIds }: { memberId: string; roleIds: string[] }) => updateGroupMemberRoles(client, iTwinId, memberId, roleIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
