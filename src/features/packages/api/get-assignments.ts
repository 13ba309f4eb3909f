// listPackageRoleAssignments — which iTwin roles hold which package roles. A package with no assignment
// on the iTwin yet may answer 404 AssignmentListNotFound instead of an empty list; that reads as "none
// yet", so the first assignment can still be made (POST creates the list).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { isApiError } from "../../../api/api-error";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { edfsOperations } from "../../../api/operations/edfs";
import { packageKeys } from "./package-keys";

export function getAssignments(client: HttpClient, iTwinId: string, uniqueName: string, signal?: AbortSignal) {
  return client.request(edfsOperations.listPackageRoleAssignments, { iTwinId, uniqueName }, { signal }).catch((error: unknown) => {
    if (isApiError(error) && error.status === 404 && error.code === "AssignmentListNotFound") return { assignments: [] };
    throw error;
  });
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
