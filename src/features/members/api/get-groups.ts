// GR1 — the Access Control groups defined on the iTwin, to choose from when adding group members.
// Paged with $top so the server sends _links (it omits them otherwise).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { GroupsResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { fetchAllPages, pageOf } from "../../../api/paging";
import { acPath, membersFeatureKeys } from "./members-feature-keys";

export function fetchGroups(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAllPages(
    client,
    { api: "accesscontrol", path: acPath(iTwinId, "/groups"), query: { $top: 100 }, schema: GroupsResponse, signal },
    (page) => pageOf(page.groups, page._links),
  );
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
