// GET /accesscontrol/itwins/{id}/roles (R1): every role of an iTwin with its permissions; not paged.
// One query shared by every feature (the matrix, role pickers, package assignments, access insight),
// so visiting several pages fetches the roles once. Role edits invalidate iTwinRoleKeys.list(id).
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Role } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { roleOperations } from "../operations/accesscontrol-roles";

export const iTwinRoleKeys = {
  all: ["roles"] as const,
  list: (iTwinId: string) => ["roles", "list", iTwinId] as const,
};

export function getITwinRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<Role[]> {
  return client.request(roleOperations.listRoles, { iTwinId }, { signal }).then((r) => r.roles);
}

export const iTwinRolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: iTwinRoleKeys.list(iTwinId),
    queryFn: ({ signal }) => getITwinRoles(client, iTwinId, signal),
    staleTime: 30_000,
  });

export function useITwinRoles(iTwinId: string, enabled = true) {
  return useQuery({ ...iTwinRolesQuery(useApiClient(), iTwinId), enabled });
}
