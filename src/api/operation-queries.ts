// Query options and cache keys derived from the operation catalogue. A GET caches its payload under
// [...its resource's key, operation name, other path parameters, ...extra], so two features reading the
// same operation share one entry, and a change invalidates exactly the resources its entry names.
import { infiniteQueryOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import type { HttpClient } from "./http-client";
import { type CallOptions } from "./operation-request";
import { pathOf, payloadOf, resourceKey, type AnyOperation, type ParamsOf, type PayloadOf, type Resource } from "./operations/define";
import { fetchAllPages, hasNextPage, PAGE_SIZE, pageOf, type FetchAllOptions } from "./paging";
import type { QueryParams } from "./request-url";

type KeyPart = string | number | boolean | null;

/** The cache key of a GET for these parameters (plus anything else that changes its answer, e.g. a search text). */
export function operationKey<O extends AnyOperation>(op: O, params: ParamsOf<O>, ...extra: KeyPart[]): KeyPart[] {
  const values = params as Record<string, string>;
  const [resource] = op.resources;
  if (!resource) throw new Error(`${op.name} names no resource to cache under.`);
  const scoped = new Set(resource.scope);
  const rest = Object.keys(values)
    .filter((name) => !scoped.has(name))
    .sort()
    .map((name) => values[name]!);
  return [...resourceKey(resource, values), op.name, ...rest, ...extra];
}

/** The key prefix of a resource, for reading the cache of every operation that caches under it. */
export function resourcePrefix(resource: Resource, params: Record<string, string>): string[] {
  return resourceKey(resource, params);
}

/** Marks stale everything `op` changes (its `resources`), scoped by the parameters it was called with. */
export async function invalidateAfter<O extends AnyOperation>(
  queryClient: QueryClient,
  op: O,
  params: Partial<ParamsOf<O>>,
): Promise<void> {
  const values = params as Record<string, string>;
  await Promise.all(op.resources.map((resource) => queryClient.invalidateQueries({ queryKey: resourceKey(resource, values) })));
}

export interface OperationQueryOptions {
  query?: QueryParams;
  /** Extra request headers (e.g. `x-itwin-query-scope`); add what they change to `keyExtra`. */
  headers?: Record<string, string> | undefined;
  staleTime?: number;
  /** Parts of the key beyond the parameters (what `query` varies by). */
  keyExtra?: KeyPart[];
}

/**
 * One GET's payload (`unwrap` applied). The query's abort signal is not handed to the request: TanStack
 * aborts a request whose signal was taken once its last observer unmounts, so a page left just as the
 * next one was prefetched (a closed dialog's idle observer of the same list going with it) cancelled the
 * prefetch, and the next page sent the same GET again. One request is let finish and fills the cache;
 * walks of many pages (`allPagesQuery`) still stop when nobody wants them.
 */
export function operationQuery<O extends AnyOperation>(
  client: HttpClient,
  op: O,
  params: ParamsOf<O>,
  options: OperationQueryOptions = {},
) {
  return queryOptions({
    queryKey: operationKey(op, params, ...(options.keyExtra ?? [])),
    queryFn: async (): Promise<PayloadOf<O>> =>
      payloadOf(
        op,
        await client.request(op, params, {
          ...(options.query && { query: options.query }),
          ...(options.headers && { headers: options.headers }),
        } as CallOptions<O>),
      ),
    ...(options.staleTime !== undefined && { staleTime: options.staleTime }),
  });
}

type ItemOf<O extends AnyOperation> = PayloadOf<O> extends readonly (infer T)[] ? T : never;

/** Every item of a paged list by `$top`/`$skip` (see paging.ts); `top` is capped at PAGE_SIZE. */
export function fetchAll<O extends AnyOperation>(
  client: HttpClient,
  op: O,
  params: ParamsOf<O>,
  options: { top: number; signal?: AbortSignal } & FetchAllOptions,
): Promise<ItemOf<O>[]> {
  const { top, signal, ...walk } = options;
  return fetchAllPages(
    client,
    {
      method: op.method,
      api: op.api,
      path: pathOf(op, params),
      query: { $top: top },
      schema: op.response!,
      ...(signal && { signal }),
    },
    (page) => {
      const answer = page as Record<string, unknown> & { _links?: { next?: { href?: string } | null } | null };
      return pageOf(payloadOf(op, answer as never) as ItemOf<O>[] | null, answer._links);
    },
    walk,
  );
}

/** Every item of a paged list, cached as one entry ("all") of its resource. */
export function allPagesQuery<O extends AnyOperation>(
  client: HttpClient,
  op: O,
  params: ParamsOf<O>,
  options: { top: number; staleTime?: number; onProgress?: (loaded: number) => void },
) {
  return queryOptions({
    queryKey: operationKey(op, params, "all"),
    queryFn: ({ signal }) => fetchAll(client, op, params, { top: options.top, signal, onProgress: options.onProgress }),
    ...(options.staleTime !== undefined && { staleTime: options.staleTime }),
  });
}

/** One page of a paged list: its items, and whether the server said there is more (`_links.next`). */
export interface ListPage<T> {
  items: T[];
  more: boolean;
}

/** The `$skip` of the page after `pages` (the items received so far), or undefined when the list is over. */
export function nextSkip(pages: readonly ListPage<unknown>[], top: number = PAGE_SIZE): number | undefined {
  const last = pages.at(-1);
  if (!last || !hasNextPage(last.items.length, last.more, top)) return undefined;
  return pages.reduce((n, p) => n + p.items.length, 0);
}

/**
 * Pages of a paged list one at a time, each asked by `$top`/`$skip` (never by a `_links` href). Each page
 * is one request, let finish like `operationQuery`'s (its signal untaken) so a prefetched page is not
 * cancelled by another page's observer unmounting.
 */
export function pagesQuery<O extends AnyOperation, Page extends ListPage<unknown>>(
  op: O,
  params: ParamsOf<O>,
  fetchPage: (skip: number) => Promise<Page>,
  staleTime?: number,
) {
  return infiniteQueryOptions({
    queryKey: operationKey(op, params, "pages"),
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: 0,
    getNextPageParam: (_last, pages) => nextSkip(pages),
    ...(staleTime !== undefined && { staleTime }),
  });
}
