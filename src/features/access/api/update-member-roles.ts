// U4 — PATCH {roleIds}: replaces a user member's roles. Used one at a time (same access) and paced
// in bulk; either way the member lists are invalidated once the server has answered.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UpdateMemberRolesRequest, UserMemberResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./access-keys";

export function updateMemberRoles(client: HttpClient, iTwinId: string, memberId: string, roleIds: string[]) {
  const body: UpdateMemberRolesRequest = { roleIds };
  return client
    .request({ method: "PATCH", api: "accesscontrol", path: acPath(iTwinId, `/members/users/${encodeURIComponent(memberId)}`), body, schema: UserMemberResponse })
    .then((r) => r.member);
}

export function useUpdateMemberRoles(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, roleIds }: { memberId: string; roleIds: string[] }) => updateMemberRoles(client, iTwinId, memberId, roleIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
