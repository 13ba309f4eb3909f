// listAllPermissions — every permission that exists, the rows of the matrix.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";

export const allPermissionsQuery = (client: HttpClient) =>
  operationQuery(client, roleOperations.listAllPermissions, {}, { staleTime: 10 * 60_000 });

export function useAllPermissions() {
  return useQuery(allPermissionsQuery(useApiClient()));
}
