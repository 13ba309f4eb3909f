// The user members of an iTwin, with their roles, under one cache entry: the pages of listUserMembers,
// each asked with $top and $skip (never by requesting a `_links` href, see api/paging.ts; `_links.next`
// only says whether there is more). The users table shows the pages it has; whoever needs every member
// walks the same entry to its end, so a page already browsed is never asked again and a change to a
// member updates one entry. Members carry their roles: no per-row follow-up request is ever needed.
import { InfiniteQueryObserver, infiniteQueryOptions, useInfiniteQuery, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { UserMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { memberOperations } from "../operations/accesscontrol-members";
import { hasNextPage, PAGE_SIZE } from "../paging";
import { memberKeys } from "./member-keys";

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

// Each page is one request, let finish (its signal untaken, see operationQuery): the first page is
// prefetched as the Members tab is clicked, and the Roles page's closed delete dialog observing the same
// list went away with it, which cancelled that prefetch and had the Members page ask again.
export const userMembersPagesQuery = (client: HttpClient, iTwinId: string) =>
  infiniteQueryOptions({
    queryKey: memberKeys.userPages(iTwinId),
    queryFn: ({ pageParam }) => fetchUserMembersPage(client, iTwinId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (_last, pages) => nextPageSkip(pages),
    staleTime: 60_000,
  });

const membersOf = (data: InfiniteData<UserMembersPage> | undefined): UserMember[] => data?.pages.flatMap((p) => p.members) ?? [];

/** Every user member, the pages already in the cache kept and the rest asked for (e.g. for an export). */
export async function fetchAllUserMembers(queryClient: QueryClient, client: HttpClient, iTwinId: string): Promise<UserMember[]> {
  const options = userMembersPagesQuery(client, iTwinId);
  let data: InfiniteData<UserMembersPage, unknown> = await queryClient.ensureInfiniteQueryData(options);
  const observer = new InfiniteQueryObserver(queryClient, options);
  while (nextPageSkip(data.pages) !== undefined) {
    // A walk already under way (a screen loading every member) is joined, not started again.
    const result = await observer.fetchNextPage({ cancelRefetch: false });
    if (result.isError) throw result.error;
    data = result.data!;
  }
  return membersOf(data);
}

/**
 * All user members, once every page has arrived (`data`); `loaded` counts the members received so far.
 * Disabled, it only reads what the cache holds. With `maxPages`, the walk stops there (`stopped`) unless
 * the list ends before.
 */
export function useAllUserMembers(iTwinId: string, enabled = true, maxPages = Infinity) {
  const query = useInfiniteQuery({ ...userMembersPagesQuery(useApiClient(), iTwinId), enabled });
  const { data: pages, hasNextPage: more, isFetchingNextPage, isError, isSuccess, fetchNextPage } = query;
  const stopped = isSuccess && more && pages.pages.length >= maxPages;
  const walk = enabled && isSuccess && more && !stopped && !isFetchingNextPage && !isError;
  useEffect(() => {
    if (!walk) return;
    let cancelled = false;
    // One page after another; several screens walking at once share each request.
    void (async () => {
      for (let result = await fetchNextPage({ cancelRefetch: false }); !cancelled;) {
        const count = result.data?.pages.length ?? 0;
        if (result.isError || !result.hasNextPage || count >= maxPages) return;
        result = await fetchNextPage({ cancelRefetch: false });
        // Joined a request that had just ended: wait for the query to settle before asking again.
        if ((result.data?.pages.length ?? 0) === count) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [walk, maxPages, fetchNextPage]);
  const complete = isSuccess && !more;
  const data = useMemo(() => (complete ? membersOf(pages) : undefined), [complete, pages]);
  const loaded = useMemo(() => (pages ? pages.pages.reduce((n, p) => n + p.members.length, 0) : 0), [pages]);
  return {
    data,
    loaded,
    stopped,
    error: query.error,
    isError,
    isSuccess: data !== undefined,
    isPending: data === undefined && !isError,
    isFetching: query.isFetching,
    refetch: query.refetch,
  };
}
