// Lists page by following `_links.next` as given (itwin-api.md §1.5): hrefs are not parsed or
// rebuilt. Walking stops when there is no next link, when a page is empty, or when the server
// sends a link already followed — a broken server must not keep the console fetching forever.
import type { HttpClient, RequestOptions } from "./http-client";

export interface Page<T> {
  items: T[];
  next?: string | null;
}

export interface WalkOptions {
  /** Hard stop after this many pages, whatever the links say. */
  maxPages?: number;
}

const DEFAULT_MAX_PAGES = 10_000;

/** Yields the items of each page in order. */
export async function* walkPages<TPage, T>(
  client: HttpClient,
  first: RequestOptions<TPage>,
  pick: (page: TPage) => Page<T>,
  options: WalkOptions = {},
): AsyncGenerator<T[], void, undefined> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const followed = new Set<string>();
  let request: RequestOptions<TPage> = first;

  for (let pageCount = 1; ; pageCount += 1) {
    const { items, next } = pick(await client.send(request));
    if (items.length === 0) return;
    yield items;
    if (!next || followed.has(next) || pageCount >= maxPages) return;
    followed.add(next);
    // The href already carries $top/$skip; the first request's query must not be added again.
    request = { api: first.api, schema: first.schema, path: next, ...(first.signal && { signal: first.signal }) };
  }
}

export interface FetchAllOptions extends WalkOptions {
  /** Called after each page with the number of items loaded so far. */
  onProgress?: (loadedCount: number) => void;
}

export async function fetchAllPages<TPage, T>(
  client: HttpClient,
  first: RequestOptions<TPage>,
  pick: (page: TPage) => Page<T>,
  options: FetchAllOptions = {},
): Promise<T[]> {
  const all: T[] = [];
  for await (const items of walkPages(client, first, pick, options)) {
    all.push(...items);
    options.onProgress?.(all.length);
  }
  return all;
}

/** `pick` for the common `{ <listKey>: T[], _links?: { next?: { href } } }` answer. */
export function pageOf<T>(items: T[], links: { next?: { href: string } | null } | null | undefined): Page<T> {
  return { items, next: links?.next?.href ?? null };
}
