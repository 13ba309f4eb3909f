// GET /accesscontrol/itwins/permissions (P1) — every permission that exists, the rows of the matrix.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { roleKeys } from "./role-keys";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";

export const allPermissionsQuery = (client: HttpClient) =>
  queryOptions({
    queryKey: roleKeys.allPermissions(),
    queryFn: ({ signal }) => client.request(roleOperations.listAllPermissions, {}, { signal }).then((r) => r.permissions),
    staleTime: 10 * 60_000,
  });

export function useAllPermissions() {
  return useQuery(allPermissionsQuery(useApiClient()));
}
