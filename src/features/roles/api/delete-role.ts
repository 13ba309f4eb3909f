// DELETE /accesscontrol/itwins/{id}/roles/{roleId} (R5) — the server also takes the role away from
// every member holding it, so member lists are refreshed as well.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { roleKeys } from "./role-keys";

export function deleteRole(client: HttpClient, iTwinId: string, roleId: string) {
  return client.request({
    method: "DELETE",
    api: "accesscontrol",
    path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/roles/${encodeURIComponent(roleId)}`,
    schema: null,
  });
}

export function useDeleteRole(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roleId: string) => deleteRole(client, iTwinId, roleId),
    onSuccess: (_void, roleId) => {
      queryClient.removeQueries({ queryKey: roleKeys.detail(iTwinId, roleId) });
      void queryClient.invalidateQueries({ queryKey: roleKeys.list(iTwinId) });
      void queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
    },
  });
}
