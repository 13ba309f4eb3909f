// GR1 — the Access Control groups defined on the iTwin, to choose from when adding group members.
// Paged with $top so the server sends _links (it omits them otherwise).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { membersFeatureKeys } from "./members-feature-keys";
import { groupOperations } from "../../../api/operations/accesscontrol-groups";
import { fetchAll } from "../../../api/operation-queries";

export function fetchGroups(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAll(client, groupOperations.listGroups, { iTwinId }, { top: 100, ...(signal && { signal }) });
}

export const groupsQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: membersFeatureKeys.availableGroups(iTwinId),
    queryFn: ({ signal }) => fetchGroups(client, iTwinId, signal),
    staleTime: 60_000,
  });

export function useGroups(iTwinId: string, enabled = true) {
  return useQuery({ ...groupsQuery(useApiClient(), iTwinId), enabled });
}
