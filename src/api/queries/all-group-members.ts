// Every group member of an iTwin with its roles (G1), paged with $top/$skip.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { GroupMembersResponse, type GroupMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { fetchAllPages, pageOf, PAGE_SIZE } from "../paging";
import { memberKeys } from "./member-keys";

export function fetchAllGroupMembers(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<GroupMember[]> {
  return fetchAllPages(
    client,
    {
      api: "accesscontrol",
      path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/members/groups`,
      query: { $top: PAGE_SIZE },
      schema: GroupMembersResponse,
      signal,
    },
    (page) => pageOf(page.members, page._links),
  );
}

export const allGroupMembersQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: memberKeys.groups(iTwinId),
    queryFn: ({ signal }) => fetchAllGroupMembers(client, iTwinId, signal),
    staleTime: 60_000,
  });

export function useAllGroupMembers(iTwinId: string, enabled = true) {
  return useQuery({ ...allGroupMembersQuery(useApiClient(), iTwinId), enabled });
}
