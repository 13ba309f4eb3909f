// R1 — every role of the iTwin with description and permissions, for the role pickers (not paged).
// Kept in this feature on purpose: features do not import each other.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { RolesResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { acPath, membersFeatureKeys } from "./members-feature-keys";

export function getITwinRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return client.request({ api: "accesscontrol", path: acPath(iTwinId, "/roles"), schema: RolesResponse, signal }).then((r) => r.roles);
}

export const iTwinRolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: membersFeatureKeys.roles(iTwinId), queryFn: ({ signal }) => getITwinRoles(client, iTwinId, signal), staleTime: 60_000 });

export function useITwinRoles(iTwinId: string, enabled = true) {
  return useQuery({ ...iTwinRolesQuery(useApiClient(), iTwinId), enabled });
}
