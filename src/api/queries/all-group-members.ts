// Every group member of an iTwin with its roles (G1), paged by $top/$skip.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GroupMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { memberKeys } from "./member-keys";
import { memberOperations } from "../operations/accesscontrol-members";
import { fetchAll } from "../operation-queries";
import { PAGE_SIZE } from "../paging";

export function fetchAllGroupMembers(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<GroupMember[]> {
  return fetchAll(client, memberOperations.listGroupMembers, { iTwinId }, { top: PAGE_SIZE, ...(signal && { signal }) });
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
