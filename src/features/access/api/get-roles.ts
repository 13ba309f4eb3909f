// R1 — every role of the iTwin with its permissions (not paged): resolves what member role refs grant.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { accessKeys } from "./access-keys";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";

export function getRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return client.request(roleOperations.listRoles, { iTwinId }, { signal }).then((r) => r.roles);
}

export const rolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: accessKeys.roles(iTwinId), queryFn: ({ signal }) => getRoles(client, iTwinId, signal), staleTime: 60_000 });

export function useRoles(iTwinId: string) {
  return useQuery(rolesQuery(useApiClient(), iTwinId));
}
