// getRole — one role as the server has it now; the matrix re-reads changed roles with it before saving
// to detect edits made elsewhere.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";

export function getRole(client: HttpClient, iTwinId: string, roleId: string, signal?: AbortSignal) {
  return client.request(roleOperations.getRole, { iTwinId, roleId }, { signal }).then((r) => r.role);
}

export const roleQuery = (client: HttpClient, iTwinId: string, roleId: string) =>
  operationQuery(client, roleOperations.getRole, { iTwinId, roleId }, { staleTime: 30_000 });

export function useRole(iTwinId: string, roleId: string) {
  return useQuery(roleQuery(useApiClient(), iTwinId, roleId));
}
