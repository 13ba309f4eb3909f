// GET /edfs/packages/roles (E3) — the package-role catalogue (today one role: Execute Integration Package).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";
import { edfsOperations } from "../../../api/operations/edfs";

export function getPackageRoles(client: HttpClient, signal?: AbortSignal) {
  return client.request(edfsOperations.listPackageRoles, {}, { signal });
}

export const packageRolesQuery = (client: HttpClient) =>
  queryOptions({
    queryKey: packageKeys.packageRoles(),
    queryFn: ({ signal }) => getPackageRoles(client, signal).then((r) => r.packageRoles),
    staleTime: 10 * 60_000,
  });

export function usePackageRoles() {
  return useQuery(packageRolesQuery(useApiClient()));
}
