// GR1 — the iTwin's Access Control groups with their users, every page ($top makes the server send
// _links). They say which people a group member's roles reach.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { GroupsResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { fetchAllPages, pageOf } from "../../../api/paging";
import { accessKeys, acPath } from "./access-keys";

export function getAllGroups(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAllPages(
    client,
    { api: "accesscontrol", path: acPath(iTwinId, "/groups"), query: { $top: 100 }, schema: GroupsResponse, signal },
    (page) => pageOf(page.groups, page._links),
  );
}

export const groupsQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: accessKeys.groups(iTwinId), queryFn: ({ signal }) => getAllGroups(client, iTwinId, signal), staleTime: 60_000 });

export function useAllGroups(iTwinId: string) {
  return useQuery(groupsQuery(useApiClient(), iTwinId));
}
