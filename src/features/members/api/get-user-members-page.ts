// listUserMembers one page at a time, for the users table. The pages are the one cache entry of the
// iTwin's user members (api/queries/all-user-members.ts), which loading every member walks too.
import { useInfiniteQuery, usePrefetchInfiniteQuery } from "@tanstack/react-query";
import { useApiClient } from "../../../api/client-context";
import { userMembersPagesQuery } from "../../../api/queries/all-user-members";

export function useUserMembersPages(iTwinId: string) {
  return useInfiniteQuery(userMembersPagesQuery(useApiClient(), iTwinId));
}

/**
 * Starts the first page during render (a no-op once the query is cached or in flight), so the request
 * overlaps the page's first render instead of waiting for useInfiniteQuery to subscribe after commit.
 */
export function usePrefetchUserMembersFirstPage(iTwinId: string) {
  usePrefetchInfiniteQuery(userMembersPagesQuery(useApiClient(), iTwinId));
}
