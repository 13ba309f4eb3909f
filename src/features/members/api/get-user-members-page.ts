// listUserMembers one page at a time, for the users table: each page is asked with $top and $skip
// (never by requesting a `_links` href, see api/paging.ts); `_links.next` only says whether there is
// more. Members carry their roles, so a page is all the table needs.
import { infiniteQueryOptions, useInfiniteQuery, usePrefetchInfiniteQuery } from "@tanstack/react-query";
import type { UserMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { hasNextPage, PAGE_SIZE } from "../../../api/paging";
import { memberKeys } from "../../../api/queries/member-keys";

export const USERS_PAGE_SIZE = PAGE_SIZE;

export interface UserMembersPage {
  members: UserMember[];
  /** The server's `_links.next` was present. */
  more: boolean;
}

/** The page that starts after `skip` members. */
export async function fetchUserMembersPage(
  client: HttpClient,
  iTwinId: string,
  skip: number,
  signal?: AbortSignal,
): Promise<UserMembersPage> {
  const page = await client.request(
    memberOperations.listUserMembers,
    { iTwinId },
    { query: { $top: USERS_PAGE_SIZE, $skip: skip > 0 ? skip : undefined }, ...(signal && { signal }) },
  );
  return { members: page.members, more: Boolean(page._links?.next) };
}

/** The `$skip` of the next page (the members received so far), or undefined when the walk is over. */
export function nextPageSkip(pages: readonly UserMembersPage[]): number | undefined {
  const last = pages.at(-1);
  if (!last || !hasNextPage(last.members.length, last.more, USERS_PAGE_SIZE)) return undefined;
  return pages.reduce((n, p) => n + p.members.length, 0);
}

export const userMembersPagesQuery = (client: HttpClient, iTwinId: string) =>
  infiniteQueryOptions({
    queryKey: memberKeys.userPages(iTwinId),
    queryFn: ({ pageParam, signal }) => fetchUserMembersPage(client, iTwinId, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (_last, pages) => nextPageSkip(pages),
    staleTime: 60_000,
  });

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
