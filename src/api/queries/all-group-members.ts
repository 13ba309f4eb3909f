// Every group member of an iTwin with its roles (listGroupMembers), paged by $top/$skip.
import { useQuery } from "@tanstack/react-query";
import type { GroupMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { allPagesQuery, fetchAll } from "../operation-queries";
import { memberOperations } from "../operations/accesscontrol-members";
import { PAGE_SIZE } from "../paging";

export function fetchAllGroupMembers(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<GroupMember[]> {
  return fetchAll(client, memberOperations.listGroupMembers, { iTwinId }, { top: PAGE_SIZE, ...(signal && { signal }) });
}

export const allGroupMembersQuery = (client: HttpClient, iTwinId: string) =>
  allPagesQuery(client, memberOperations.listGroupMembers, { iTwinId }, { top: PAGE_SIZE, staleTime: 60_000 });

export function useAllGroupMembers(iTwinId: string, enabled = true) {
  return useQuery({ ...allGroupMembersQuery(useApiClient(), iTwinId), enabled });
}
