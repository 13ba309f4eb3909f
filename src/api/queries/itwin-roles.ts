// Every role of an iTwin with its permissions (listRoles; not paged). One query shared by every
// feature (the matrix, role pickers, package assignments, access insight), so visiting several pages
// fetches the roles once and a role change is seen everywhere at once.
import { useQuery } from "@tanstack/react-query";
import type { Role } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { operationKey, operationQuery } from "../operation-queries";
import { roleOperations } from "../operations/accesscontrol-roles";

export const iTwinRoleKeys = {
  list: (iTwinId: string) => operationKey(roleOperations.listRoles, { iTwinId }),
  detail: (iTwinId: string, roleId: string) => operationKey(roleOperations.getRole, { iTwinId, roleId }),
};

export function getITwinRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<Role[]> {
  return client.request(roleOperations.listRoles, { iTwinId }, { signal }).then((r) => r.roles);
}

export const iTwinRolesQuery = (client: HttpClient, iTwinId: string) =>
  operationQuery(client, roleOperations.listRoles, { iTwinId }, { staleTime: 30_000 });

export function useITwinRoles(iTwinId: string, enabled = true) {
  return useQuery({ ...iTwinRolesQuery(useApiClient(), iTwinId), enabled });
}
