// updateRole — rename, describe, or replace the permission
// set (the list sent replaces the role's permissions, so it is always the full list).
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Role, UpdateRoleRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { iTwinRoleKeys } from "../../../api/queries/itwin-roles";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange } from "../../../lib/change-log";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { undoRequest, type UndoRequest } from "../../../lib/undo-request";

export function updateRole(client: HttpClient, iTwinId: string, roleId: string, body: UpdateRoleRequest) {
  return client.request(roleOperations.updateRole, { iTwinId, roleId }, { body }).then((r) => r.role);
}

/** The PATCH as data (what an undo sends). */
export function updateRoleRequest(iTwinId: string, roleId: string, body: UpdateRoleRequest): UndoRequest {
  return undoRequest(roleOperations.updateRole, { iTwinId, roleId }, body);
}

function refreshAfterRoleUpdated(queryClient: QueryClient, iTwinId: string, role: Role) {
  queryClient.setQueryData(iTwinRoleKeys.detail(iTwinId, role.id), role);
  void invalidateAfter(queryClient, roleOperations.updateRole, { iTwinId });
}

type RoleNaming = Pick<Role, "displayName" | "description">;

/** "Renamed role “A” to “B”", "Changed the description of role “A”", or both. */
export function describeRoleRename(before: RoleNaming, body: UpdateRoleRequest): string {
  const renamed = body.displayName !== undefined && body.displayName !== before.displayName;
  const described = body.description !== undefined && body.description !== (before.description ?? "");
  if (renamed && described) return `Renamed role “${before.displayName}” to “${body.displayName}” and changed its description`;
  if (renamed) return `Renamed role “${before.displayName}” to “${body.displayName}”`;
  if (described) return `Changed the description of role “${before.displayName}”`;
  return `Saved role “${before.displayName}” unchanged`;
}

export interface UpdateRoleInput extends UpdateRoleRequest {
  roleId: string;
  /** The name and description before the edit; the undo PATCHes them back. */
  before: RoleNaming;
}

/** Rename / describe, through the change log. Members carry role names, so their lists are refreshed too. */
export function useUpdateRole(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roleId, before, ...body }: UpdateRoleInput) =>
      recordChange({
        summary: describeRoleRename(before, body),
        target: `Role ${body.displayName ?? before.displayName}`,
        run: () => updateRole(client, iTwinId, roleId, body),
        inverse: {
          summary: `give it back the name “${before.displayName}” and its previous description`,
          requests: [updateRoleRequest(iTwinId, roleId, { displayName: before.displayName, description: before.description ?? "" })],
        },
      }),
    onSuccess: (role) => refreshAfterRoleUpdated(queryClient, iTwinId, role),
  });
}
