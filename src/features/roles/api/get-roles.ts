// GET /accesscontrol/itwins/{id}/roles (R1) — every role of the iTwin with its permissions; not paged.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { RolesResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { roleKeys } from "./role-keys";

export function getRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return client.request({ api: "accesscontrol", path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/roles`, schema: RolesResponse, signal });
}

export const rolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: roleKeys.list(iTwinId),
    queryFn: ({ signal }) => getRoles(client, iTwinId, signal).then((r) => r.roles),
    staleTime: 30_000,
  });

export function useRoles(iTwinId: string) {
  return useQuery(rolesQuery(useApiClient(), iTwinId));
}
