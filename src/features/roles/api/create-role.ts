// POST /accesscontrol/itwins/{id}/roles (R3) — a new Custom role; permissions are set afterwards in the
// matrix (the documented create body has only displayName and description).
// The create goes through the change log; its undo deletes the role it made.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RoleResponse, type CreateRoleRequest, type Role } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { recordChange } from "../../../lib/change-log";
import type { UndoRequest } from "../../../lib/undo-request";
import { deleteRoleRequest } from "./delete-role";
import { roleRefresh } from "./update-role";
import { roleKeys } from "./role-keys";

export function createRoleRequest(iTwinId: string, body: CreateRoleRequest): UndoRequest {
  return { method: "POST", api: "accesscontrol", path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/roles`, body };
}

export function createRole(client: HttpClient, iTwinId: string, body: CreateRoleRequest) {
  return client.request({ ...createRoleRequest(iTwinId, body), schema: RoleResponse }).then((r) => r.role);
}

export function useCreateRole(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoleRequest) => {
      // The id is only known once the server answered; the undo is only offered after that.
      return recordChange({
        summary: `Created role “${body.displayName}”`,
        target: `Role ${body.displayName}`,
        run: () => createRole(client, iTwinId, body),
        inverse: (created: Role) => ({
          summary: `delete the role “${body.displayName}” (members given it since lose it)`,
          requests: [deleteRoleRequest(iTwinId, created.id)],
          refresh: roleRefresh(iTwinId, created.id),
        }),
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleKeys.list(iTwinId) }),
  });
}
