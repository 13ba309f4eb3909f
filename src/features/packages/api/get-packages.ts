// GET /edfs/packages (E1) — the packages the organization subscribes to; not paged.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";
import { edfsOperations } from "../../../api/operations/edfs";

export function getPackages(client: HttpClient, signal?: AbortSignal) {
  return client.request(edfsOperations.listPackages, {}, { signal });
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
