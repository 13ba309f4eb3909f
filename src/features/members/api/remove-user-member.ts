// U5 — remove a user member (also how missing users are cleaned up). 204.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";

export function removeUserMember(client: HttpClient, iTwinId: string, memberId: string) {
  return client.request({ method: "DELETE", api: "accesscontrol", path: acPath(iTwinId, `/members/users/${encodeURIComponent(memberId)}`), schema: null });
}

export function useRemoveUserMember(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => removeUserMember(client, iTwinId, memberId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
