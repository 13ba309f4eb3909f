// PATCH /accesscontrol/itwins/{id}/roles/{roleId} (R4) — rename, describe, or replace the permission
// set (the list sent replaces the role's permissions, so it is always the full list).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RoleResponse, type UpdateRoleRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { roleKeys } from "./role-keys";

export function updateRole(client: HttpClient, iTwinId: string, roleId: string, body: UpdateRoleRequest) {
  return client
    .request({
      method: "PATCH",
      api: "accesscontrol",
      path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/roles/${encodeURIComponent(roleId)}`,
      body,
      schema: RoleResponse,
    })
    .then((r) => r.role);
}

/** Rename / describe. Members carry role names, so their lists are refreshed too. */
export function useUpdateRole(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roleId, ...body }: UpdateRoleRequest & { roleId: string }) => updateRole(client, iTwinId, roleId, body),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKeys.detail(iTwinId, role.id), role);
      void queryClient.invalidateQueries({ queryKey: roleKeys.list(iTwinId) });
      void queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
    },
  });
}
