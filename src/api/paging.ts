// Lists page with `$top` and `$skip`, never by requesting a `_links` href: Bentley's own samples show
// next links in non-canonical forms (wrong case, a missing path segment) and neither official client
// follows them. `_links.next` only says "there is more". Each page asks for at most PAGE_SIZE items
// (the largest page Access Control documents), the next one skips what was received so far, and the
// walk stops on an empty or short page, when `next` is absent, or after maxPages.
import type { HttpClient, RequestOptions } from "./operation-request";

/** The largest `$top` the console ever sends: larger values are undocumented for Access Control. */
export const PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  /** Whether the server said there is a next page (its `_links.next`, whatever its form). */
  more: boolean;
}

export interface WalkOptions {
  /** Hard stop after this many pages, whatever the server says. */
  maxPages?: number;
}

const DEFAULT_MAX_PAGES = 10_000;

/** The `$top` to send: what the caller asked for, capped at PAGE_SIZE. */
export function pageSizeOf(first: RequestOptions<unknown>): number {
  const asked = Number(first.query?.$top ?? PAGE_SIZE);
  return Number.isFinite(asked) && asked > 0 ? Math.min(Math.floor(asked), PAGE_SIZE) : PAGE_SIZE;
}

/** The request for the page that starts after `skip` items. */
export function pageRequest<TPage>(first: RequestOptions<TPage>, skip: number): RequestOptions<TPage> {
  const top = pageSizeOf(first as RequestOptions<unknown>);
  return { ...first, query: { ...first.query, $top: top, $skip: skip > 0 ? skip : undefined } };
}

/** True when a page of `received` items that said `more` is followed by another page. */
export function hasNextPage(received: number, more: boolean, top: number): boolean {
  return more && received >= top;
}

/** Yields the items of each page in order. */
export async function* walkPages<TPage, T>(
  client: HttpClient,
  first: RequestOptions<TPage>,
  pick: (page: TPage) => Page<T>,
  options: WalkOptions = {},
): AsyncGenerator<T[], void, undefined> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const top = pageSizeOf(first as RequestOptions<unknown>);
  const startSkip = Number(first.query?.$skip ?? 0) || 0;
  let skip = startSkip;

  for (let pageCount = 1; ; pageCount += 1) {
    const { items, more } = pick(await client.send(pageRequest(first, skip)));
    if (items.length === 0) return;
    yield items;
    if (!hasNextPage(items.length, more, top) || pageCount >= maxPages) return;
    skip += items.length;
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
export function pageOf<T>(items: T[] | null | undefined, links: { next?: { href?: string } | null } | null | undefined): Page<T> {
  return { items: items ?? [], more: Boolean(links?.next) };
}
