// GR1 — the iTwin's Access Control groups with their users, every page ($top makes the server send
// _links). They say which people a group member's roles reach.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { accessKeys } from "./access-keys";
import { groupOperations } from "../../../api/operations/accesscontrol-groups";
import { fetchAll } from "../../../api/operation-queries";

export function getAllGroups(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAll(client, groupOperations.listGroups, { iTwinId }, { top: 100, ...(signal && { signal }) });
}

export const groupsQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: accessKeys.groups(iTwinId), queryFn: ({ signal }) => getAllGroups(client, iTwinId, signal), staleTime: 60_000 });

export function useAllGroups(iTwinId: string) {
  return useQuery(groupsQuery(useApiClient(), iTwinId));
}
