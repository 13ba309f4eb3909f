// GET /edfs/packages/roles (E3) — the package-role catalogue (today one role: Execute Integration Package).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { PackageRolesResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";

export function getPackageRoles(client: HttpClient, signal?: AbortSignal) {
  return client.request({ api: "edfs", path: "/edfs/packages/roles", schema: PackageRolesResponse, signal });
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
