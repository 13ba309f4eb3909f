// GET /edfs/packages/{uniqueName} (E2) — one package; the answer is the bare object, not wrapped.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { PackageDetails } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";

export function getPackageDetails(client: HttpClient, uniqueName: string, signal?: AbortSignal) {
  return client.request({ api: "edfs", path: `/edfs/packages/${encodeURIComponent(uniqueName)}`, schema: PackageDetails, signal });
}

export const packageDetailsQuery = (client: HttpClient, uniqueName: string) =>
  queryOptions({
    queryKey: packageKeys.detail(uniqueName),
    queryFn: ({ signal }) => getPackageDetails(client, uniqueName, signal),
    staleTime: 5 * 60_000,
  });

export function usePackageDetails(uniqueName: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...packageDetailsQuery(client, uniqueName ?? ""), enabled: !!uniqueName });
}
