// GET /accesscontrol/itwins/{id}/roles (R1) — the iTwin roles that can be given package roles.
// This feature's own small query (features do not import each other); only ids and names are used.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { RolesResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { packageKeys } from "./package-keys";

export interface ITwinRoleRef {
  id: string;
  displayName: string;
}

export function getITwinRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return client.request({ api: "accesscontrol", path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/roles`, schema: RolesResponse, signal });
}

export const iTwinRolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: packageKeys.iTwinRoles(iTwinId),
    queryFn: ({ signal }) =>
      getITwinRoles(client, iTwinId, signal).then((r): ITwinRoleRef[] =>
        r.roles.map((role) => ({ id: role.id, displayName: role.displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName)),
      ),
    staleTime: 30_000,
  });

export function useITwinRoles(iTwinId: string) {
  return useQuery(iTwinRolesQuery(useApiClient(), iTwinId));
}
