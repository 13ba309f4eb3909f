// U4 — PATCH {roleIds}: replaces the user member's roles (≤ 50). Invalidates the iTwin's member lists.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UpdateMemberRolesRequest, UserMemberResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";

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
    mutationFn: ({ memberId, roleIds }: { memberId: string; roleIds: string[] }) => updateUserMemberRoles(client, iTwinId, memberId, roleIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
