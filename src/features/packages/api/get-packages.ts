// listPackages — the packages the organization subscribes to; not paged.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { edfsOperations } from "../../../api/operations/edfs";

export const packagesQuery = (client: HttpClient) => operationQuery(client, edfsOperations.listPackages, {}, { staleTime: 5 * 60_000 });

export function usePackages() {
  return useQuery(packagesQuery(useApiClient()));
}
