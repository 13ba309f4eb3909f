// GET /edfs/packages (E1) — the packages the organization subscribes to; not paged.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { PackagesResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";

export function getPackages(client: HttpClient, signal?: AbortSignal) {
  return client.request({ api: "edfs", path: "/edfs/packages", schema: PackagesResponse, signal });
}

export const packagesQuery = (client: HttpClient) =>
  queryOptions({
    queryKey: packageKeys.list(),
    queryFn: ({ signal }) => getPackages(client, signal).then((r) => r.packages),
    staleTime: 5 * 60_000,
  });

export function usePackages() {
  return useQuery(packagesQuery(useApiClient()));
}
