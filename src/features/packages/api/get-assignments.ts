// listPackageRoleAssignments — which iTwin roles hold which package roles.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { edfsOperations } from "../../../api/operations/edfs";

export const assignmentsQuery = (client: HttpClient, iTwinId: string, uniqueName: string) =>
  operationQuery(client, edfsOperations.listPackageRoleAssignments, { iTwinId, uniqueName }, { staleTime: 15_000 });

export function useAssignments(iTwinId: string, uniqueName: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...assignmentsQuery(client, iTwinId, uniqueName ?? ""), enabled: !!uniqueName });
}
