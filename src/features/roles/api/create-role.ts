// createRole — a new Custom role; permissions are set afterwards in the
// matrix (the documented create body has only displayName and description).
// The create goes through the change log; its undo deletes the role it made.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateRoleRequest, Role } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { recordChange } from "../../../lib/change-log";
import { invalidateAfter } from "../../../api/operation-queries";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { undoRequest, type UndoRequest } from "../../../lib/undo-request";

export function createRole(client: HttpClient, iTwinId: string, body: CreateRoleRequest) {
  return client.request(roleOperations.createRole, { iTwinId }, { body }).then((r) => r.role);
}

export function createRoleRequest(iTwinId: string, body: CreateRoleRequest): UndoRequest {
  return undoRequest(roleOperations.createRole, { iTwinId }, body);
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
          requests: [undoRequest(roleOperations.deleteRole, { iTwinId, roleId: created.id })],
        }),
      });
    },
    onSuccess: () => invalidateAfter(queryClient, roleOperations.createRole, { iTwinId }),
  });
}
