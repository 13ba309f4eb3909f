// PATCH /accesscontrol/itwins/{id}/roles/{roleId} (R4) — rename, describe, or replace the permission
// set (the list sent replaces the role's permissions, so it is always the full list).
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Role, UpdateRoleRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { recordChange } from "../../../lib/change-log";
import { roleKeys } from "./role-keys";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";

export function updateRole(client: HttpClient, iTwinId: string, roleId: string, body: UpdateRoleRequest) {
  return client.request(roleOperations.updateRole, { iTwinId, roleId }, { body }).then((r) => r.role);
}

function refreshAfterRoleUpdated(queryClient: QueryClient, iTwinId: string, role: Role) {
  queryClient.setQueryData(roleKeys.detail(iTwinId, role.id), role);
  void queryClient.invalidateQueries({ queryKey: roleKeys.list(iTwinId) });
  void queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
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
          run: async () => {
            const role = await updateRole(client, iTwinId, roleId, {
              displayName: before.displayName,
              description: before.description ?? "",
            });
            refreshAfterRoleUpdated(queryClient, iTwinId, role);
          },
        },
      }),
    onSuccess: (role) => refreshAfterRoleUpdated(queryClient, iTwinId, role),
  });
}
