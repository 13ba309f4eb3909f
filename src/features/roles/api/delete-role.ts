// deleteRole — the server also takes the role away from
// every member holding it, so member lists are refreshed as well.
// The delete goes through the change log. Its undo re-creates the role with the same name, description
// and permissions; the server gives it a new id and does not give it back to the members who held it.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Role } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { iTwinRoleKeys } from "../../../api/queries/itwin-roles";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange } from "../../../lib/change-log";
import { createRoleRequest } from "./create-role";
import { getRole } from "./get-role";
import { updateRoleRequest } from "./update-role";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { undoRequest, type UndoRequest } from "../../../lib/undo-request";

export function deleteRole(client: HttpClient, iTwinId: string, roleId: string) {
  return client.request(roleOperations.deleteRole, { iTwinId, roleId });
}

export function refreshAfterRoleDeleted(queryClient: QueryClient, iTwinId: string, roleId: string) {
  queryClient.removeQueries({ queryKey: iTwinRoleKeys.detail(iTwinId, roleId) });
  void invalidateAfter(queryClient, roleOperations.deleteRole, { iTwinId });
}

export function deleteRoleRequest(iTwinId: string, roleId: string): UndoRequest {
  return undoRequest(roleOperations.deleteRole, { iTwinId, roleId });
}

/** Re-creating a role as data: POST name and description, then PATCH the permissions onto the new id. */
export function recreateRoleRequests(iTwinId: string, role: Pick<Role, "displayName" | "description" | "permissions">): UndoRequest[] {
  const permissions = role.permissions ?? [];
  return [
    createRoleRequest(iTwinId, { displayName: role.displayName, description: role.description ?? "" }),
    // The new id is only in the POST's answer: the PATCH names it by placeholder (see undo-request.ts).
    ...(permissions.length > 0 ? [updateRoleRequest(iTwinId, "{answer0.role.id}", { permissions })] : []),
  ];
}

export interface DeleteRoleInput {
  role: Role;
  /** How many members held it when the user confirmed, when known — the undo says who must get it again. */
  holders?: { users: number; groups: number };
}

function holdersText(holders: DeleteRoleInput["holders"]): string {
  if (!holders) return "the members who held it must be given it again";
  const { users, groups } = holders;
  if (users + groups === 0) return "no member held it";
  return `the ${users} ${users === 1 ? "user" : "users"} and ${groups} ${groups === 1 ? "group" : "groups"} who held it must be given it again`;
}

export function useDeleteRole(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ role, holders }: DeleteRoleInput) => {
      // The undo needs the permissions; a role from the list has them, otherwise read it first.
      const full = role.permissions ? role : await getRole(client, iTwinId, role.id);
      const permissions = full.permissions ?? [];
      return recordChange({
        summary: `Deleted role “${role.displayName}”`,
        target: `Role ${role.displayName}`,
        run: () => deleteRole(client, iTwinId, role.id),
        inverse: {
          summary: `re-create “${role.displayName}” with its description and ${permissions.length} ${permissions.length === 1 ? "permission" : "permissions"} — it gets a new id, and ${holdersText(holders)}`,
          requests: recreateRoleRequests(iTwinId, { ...full, permissions }),
        },
      });
    },
    onSuccess: (_void, { role }) => refreshAfterRoleDeleted(queryClient, iTwinId, role.id),
  });
}
