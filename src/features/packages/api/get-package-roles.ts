// listPackageRoles — the package-role catalogue (today one role: Execute Integration Package).
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { edfsOperations } from "../../../api/operations/edfs";

export const packageRolesQuery = (client: HttpClient) =>
  operationQuery(client, edfsOperations.listPackageRoles, {}, { staleTime: 10 * 60_000 });

export function usePackageRoles() {
  return useQuery(packageRolesQuery(useApiClient()));
}
