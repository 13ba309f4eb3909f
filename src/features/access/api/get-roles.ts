// R1 — every role of the iTwin with its permissions (not paged): resolves what member role refs grant.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { RolesResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { accessKeys, acPath } from "./access-keys";

export function getRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return client.request({ api: "accesscontrol", path: acPath(iTwinId, "/roles"), schema: RolesResponse, signal }).then((r) => r.roles);
}

export const rolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: accessKeys.roles(iTwinId), queryFn: ({ signal }) => getRoles(client, iTwinId, signal), staleTime: 60_000 });

export function useRoles(iTwinId: string) {
  return useQuery(rolesQuery(useApiClient(), iTwinId));
}
