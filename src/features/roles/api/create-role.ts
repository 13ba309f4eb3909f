// POST /accesscontrol/itwins/{id}/roles (R3) — a new Custom role; permissions are set afterwards in the
// matrix (the documented create body has only displayName and description).
// The create goes through the change log; its undo deletes the role it made.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateRoleRequest, Role } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { recordChange } from "../../../lib/change-log";
import { deleteRole, refreshAfterRoleDeleted } from "./delete-role";
import { roleKeys } from "./role-keys";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";

export function createRole(client: HttpClient, iTwinId: string, body: CreateRoleRequest) {
  return client.request(roleOperations.createRole, { iTwinId }, { body }).then((r) => r.role);
}

export function useCreateRole(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoleRequest) => {
      // The id is only known once the server answered; the undo is only offered after that.
      let created: Role | undefined;
      return recordChange({
        summary: `Created role “${body.displayName}”`,
        target: `Role ${body.displayName}`,
        run: async () => (created = await createRole(client, iTwinId, body)),
        inverse: {
          summary: `delete the role “${body.displayName}” (members given it since lose it)`,
          run: async () => {
            if (!created) throw new Error("The created role is not known.");
            await deleteRole(client, iTwinId, created.id);
            refreshAfterRoleDeleted(queryClient, iTwinId, created.id);
          },
        },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleKeys.list(iTwinId) }),
  });
}
