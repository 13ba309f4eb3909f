// GET /edfs/itwins/{iTwinId}/packages/{uniqueName}/roles (E4) — which iTwin roles hold which package roles.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";
import { edfsOperations } from "../../../api/operations/edfs";

export function getAssignments(client: HttpClient, iTwinId: string, uniqueName: string, signal?: AbortSignal) {
  return client.request(edfsOperations.listPackageRoleAssignments, { iTwinId, uniqueName }, { signal });
}

export const assignmentsQuery = (client: HttpClient, iTwinId: string, uniqueName: string) =>
  queryOptions({
    queryKey: packageKeys.assignments(iTwinId, uniqueName),
    queryFn: ({ signal }) => getAssignments(client, iTwinId, uniqueName, signal).then((r) => r.assignments),
    staleTime: 15_000,
  });

export function useAssignments(iTwinId: string, uniqueName: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...assignmentsQuery(client, iTwinId, uniqueName ?? ""), enabled: !!uniqueName });
}
