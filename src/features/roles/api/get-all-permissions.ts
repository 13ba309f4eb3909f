// GET /accesscontrol/itwins/permissions (P1) — every permission that exists, the rows of the matrix.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { PermissionsResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { roleKeys } from "./role-keys";

export const allPermissionsQuery = (client: HttpClient) =>
  queryOptions({
    queryKey: roleKeys.allPermissions(),
    queryFn: ({ signal }) =>
      client
        .request({ api: "accesscontrol", path: "/accesscontrol/itwins/permissions", schema: PermissionsResponse, signal })
        .then((r) => r.permissions),
    staleTime: 10 * 60_000,
  });

export function useAllPermissions() {
  return useQuery(allPermissionsQuery(useApiClient()));
}
