// O1 — owners of the iTwin (no roles: owners hold every permission), every page by $top/$skip.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { fetchAll } from "../../../api/operation-queries";

export function fetchOwners(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAll(client, memberOperations.listOwners, { iTwinId }, { top: 100, ...(signal && { signal }) });
}

export const ownersQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: memberKeys.owners(iTwinId), queryFn: ({ signal }) => fetchOwners(client, iTwinId, signal), staleTime: 60_000 });

export function useOwners(iTwinId: string) {
  return useQuery(ownersQuery(useApiClient(), iTwinId));
}
