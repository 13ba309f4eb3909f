// POST /accesscontrol/itwins/{id}/roles (R3) — a new Custom role; permissions are set afterwards in the
// matrix (the documented create body has only displayName and description).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RoleResponse, type CreateRoleRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { roleKeys } from "./role-keys";

export function createRole(client: HttpClient, iTwinId: string, body: CreateRoleRequest) {
  return client
    .request({ method: "POST", api: "accesscontrol", path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/roles`, body, schema: RoleResponse })
    .then((r) => r.role);
}

export function useCreateRole(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoleRequest) => createRole(client, iTwinId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleKeys.list(iTwinId) }),
  });
}
