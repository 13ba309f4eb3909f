// listUserMembers one page at a time, for the users table: the first page is asked with $top, every later page by
// following the previous page's _links.next exactly as given. Members carry their
// roles, so a page is all the table needs.
import { infiniteQueryOptions, useInfiniteQuery, usePrefetchInfiniteQuery } from "@tanstack/react-query";
import type { UserMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { memberKeys } from "../../../api/queries/member-keys";

export const USERS_PAGE_SIZE = 100;

export interface UserMembersPage {
  members: UserMember[];
  next: string | null;
}

/** `href` is a previous page's next link; without it the first page is fetched. */
export async function fetchUserMembersPage(
  client: HttpClient,
  iTwinId: string,
  href: string | null,
  signal?: AbortSignal,
): Promise<UserMembersPage> {
  const page = await client.request(
    memberOperations.listUserMembers,
    { iTwinId },
    href ? { href, ...(signal && { signal }) } : { query: { $top: USERS_PAGE_SIZE }, ...(signal && { signal }) },
  );
  return { members: page.members, next: page._links?.next?.href ?? null };
}

/** The next link to follow, or undefined when the walk is over (no link, an empty page, or a link already followed). */
export function nextPageHref(pages: readonly UserMembersPage[]): string | undefined {
  const last = pages.at(-1);
  if (!last || !last.next || last.members.length === 0) return undefined;
  const followedBefore = pages.slice(0, -1).some((p) => p.next === last.next);
  return followedBefore ? undefined : last.next;
}

export const userMembersPagesQuery = (client: HttpClient, iTwinId: string) =>
  infiniteQueryOptions({
    queryKey: memberKeys.userPages(iTwinId),
    queryFn: ({ pageParam, signal }) => fetchUserMembersPage(client, iTwinId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (_last, pages) => nextPageHref(pages),
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
