import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { HttpClient, RequestOptions } from "./http-client";
import { clientFrom } from "./operation-request";
import { fetchAllPages, pageOf, walkPages } from "./paging";

const Page = z.object({ items: z.array(z.number()), _links: z.object({ next: z.object({ href: z.string() }).nullish() }).optional() });
type Page = z.infer<typeof Page>;

/** A client answering from a map of path → page, recording the paths it was asked for. */
function fakeClient(pages: Record<string, Page>) {
  const asked: RequestOptions<unknown>[] = [];
  const client: HttpClient = clientFrom(async <T>(options: RequestOptions<T>) => {
    asked.push(options as RequestOptions<unknown>);
    const page = pages[options.path];
    if (!page) throw new Error(`unexpected ${options.path}`);
    return page as T;
  });
  return { client, asked };
}

const first: RequestOptions<Page> = { api: "accesscontrol", path: "/list", query: { $top: 2 }, schema: Page };
const pick = (page: Page) => pageOf(page.items, page._links);
const next = (href: string) => ({ next: { href } });

describe("walkPages", () => {
  it("walks three pages and stops when next is missing", async () => {
    const { client, asked } = fakeClient({
      "/list": { items: [1, 2], _links: next("https://api.test/list?$skip=2&$top=2") },
      "https://api.test/list?$skip=2&$top=2": { items: [3, 4], _links: next("https://api.test/list?$skip=4&$top=2") },
      "https://api.test/list?$skip=4&$top=2": { items: [5] },
    });
    const pages: number[][] = [];
    for await (const items of walkPages(client, first, pick)) pages.push(items);
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
    expect(asked.map((o) => o.path)).toEqual(["/list", "https://api.test/list?$skip=2&$top=2", "https://api.test/list?$skip=4&$top=2"]);
    // The link carries its own query; the first request's must not be added again.
    expect(asked[1]!.query).toBeUndefined();
  });

  it("stops on a null next and on an empty page", async () => {
    const nullNext = fakeClient({ "/list": { items: [1], _links: { next: null } } });
    expect(await fetchAllPages(nullNext.client, first, pick)).toEqual([1]);

    const empty = fakeClient({ "/list": { items: [1], _links: next("/p2") }, "/p2": { items: [], _links: next("/p3") } });
    expect(await fetchAllPages(empty.client, first, pick)).toEqual([1]);
    expect(empty.asked).toHaveLength(2);
  });

  it("stops when the server sends a link it already sent", async () => {
    const { client, asked } = fakeClient({
      "/list": { items: [1], _links: next("/a") },
      "/a": { items: [2], _links: next("/b") },
      "/b": { items: [3], _links: next("/a") },
    });
    expect(await fetchAllPages(client, first, pick)).toEqual([1, 2, 3]);
    expect(asked).toHaveLength(3);
  });

  it("stops at maxPages", async () => {
    let n = 0;
    const client: HttpClient = clientFrom(async <T>() => ({ items: [n], _links: next(`/p${++n}`) }) as T);
    expect(await fetchAllPages(client, first, pick, { maxPages: 5 })).toHaveLength(5);
  });

  it("reports progress after each page and passes the signal on", async () => {
    const signal = new AbortController().signal;
    const { client, asked } = fakeClient({ "/list": { items: [1, 2], _links: next("/p2") }, "/p2": { items: [3] } });
    const onProgress = vi.fn();
    await fetchAllPages(client, { ...first, signal }, pick, { onProgress });
    expect(onProgress.mock.calls).toEqual([[2], [3]]);
    expect(asked.every((o) => o.signal === signal)).toBe(true);
  });

  it("lets an error of any page through", async () => {
    const { client } = fakeClient({ "/list": { items: [1], _links: next("/missing") } });
    await expect(fetchAllPages(client, first, pick)).rejects.toThrow("unexpected /missing");
  });
});
