// G5 — take a group's roles on the iTwin away (the AC group itself stays). 204.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";

export function removeGroupMember(client: HttpClient, iTwinId: string, groupId: string) {
  return client.request({ method: "DELETE", api: "accesscontrol", path: acPath(iTwinId, `/members/groups/${encodeURIComponent(groupId)}`), schema: null });
}

export function useRemoveGroupMember(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupId: string) => removeGroupMember(client, iTwinId, groupId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
