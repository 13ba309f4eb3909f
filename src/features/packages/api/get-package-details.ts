// GET /edfs/packages/{uniqueName} (E2) — one package; the answer is the bare object, not wrapped.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";
import { edfsOperations } from "../../../api/operations/edfs";

export function getPackageDetails(client: HttpClient, uniqueName: string, signal?: AbortSignal) {
  return client.request(edfsOperations.getPackage, { uniqueName }, { signal });
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
