import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { HttpClient, RequestOptions } from "./http-client";
import { clientFrom } from "./operation-request";
import { fetchAllPages, pageOf, PAGE_SIZE, walkPages } from "./paging";

const Page = z.object({ items: z.array(z.number()), _links: z.object({ next: z.object({ href: z.string() }).nullish() }).optional() });
type Page = z.infer<typeof Page>;

/** A client answering from a list of `total` numbers by $top/$skip, recording what it was asked. */
function listClient(
  total: number,
  next: (skip: number, top: number) => Page["_links"] = () => ({ next: { href: "https://elsewhere.example/x" } }),
) {
  const asked: RequestOptions<unknown>[] = [];
  const client: HttpClient = clientFrom(async <T>(options: RequestOptions<T>) => {
    asked.push(options as RequestOptions<unknown>);
    const top = Number(options.query?.$top);
    const skip = Number(options.query?.$skip ?? 0);
    const items = Array.from({ length: Math.max(0, Math.min(top, total - skip)) }, (_, i) => skip + i);
    return { items, _links: next(skip, top) } as T;
  });
  return { client, asked };
}

const first: RequestOptions<Page> = { api: "accesscontrol", path: "/list", query: { $top: 2 }, schema: Page };
const pick = (page: Page) => pageOf(page.items, page._links);

describe("walkPages", () => {
  it("pages by $skip, advancing by the count received, and stops on a short page", async () => {
    const { client, asked } = listClient(5);
    const pages: number[][] = [];
    for await (const items of walkPages(client, first, pick)) pages.push(items);
    expect(pages).toEqual([[0, 1], [2, 3], [4]]);
    expect(asked.map((o) => o.query)).toEqual([
      { $top: 2, $skip: undefined },
      { $top: 2, $skip: 2 },
      { $top: 2, $skip: 4 },
    ]);
    // Every request goes to the list's own path: the server's next link (here on another origin) is never requested.
    expect(asked.every((o) => o.path === "/list")).toBe(true);
  });

  it("stops when next is absent or null even after a full page", async () => {
    const absent = listClient(10, () => ({}));
    expect(await fetchAllPages(absent.client, first, pick)).toEqual([0, 1]);
    const nulled = listClient(10, () => ({ next: null }));
    expect(await fetchAllPages(nulled.client, first, pick)).toEqual([0, 1]);
    expect(nulled.asked).toHaveLength(1);
  });

  it("stops on an empty page", async () => {
    const { client, asked } = listClient(4);
    expect(await fetchAllPages(client, first, pick)).toEqual([0, 1, 2, 3]);
    expect(asked).toHaveLength(3);
  });

  it("never asks for more than 100 items a page", async () => {
    const { client, asked } = listClient(250);
    const all = await fetchAllPages(client, { ...first, query: { $top: 1000 } }, pick);
    expect(all).toHaveLength(250);
    expect(PAGE_SIZE).toBe(100);
    expect(asked.map((o) => o.query?.$top)).toEqual([100, 100, 100]);
    expect(asked.map((o) => o.query?.$skip)).toEqual([undefined, 100, 200]);
  });

  it("keeps the first request's other query parameters on every page", async () => {
    const { client, asked } = listClient(3);
    await fetchAllPages(client, { ...first, query: { $top: 2, $search: "ab" } }, pick);
    expect(asked.every((o) => o.query?.$search === "ab")).toBe(true);
  });

  it("stops at maxPages", async () => {
    const { client } = listClient(1_000);
    expect(await fetchAllPages(client, first, pick, { maxPages: 5 })).toHaveLength(10);
  });

  it("reports progress after each page and passes the signal on", async () => {
    const signal = new AbortController().signal;
    const { client, asked } = listClient(3);
    const onProgress = vi.fn();
    await fetchAllPages(client, { ...first, signal }, pick, { onProgress });
    expect(onProgress.mock.calls).toEqual([[2], [3]]);
    expect(asked.every((o) => o.signal === signal)).toBe(true);
  });

  it("lets an error of any page through", async () => {
    let n = 0;
    const client: HttpClient = clientFrom(async <T>() => {
      if ((n += 1) > 1) throw new Error("page two failed");
      return { items: [1, 2], _links: { next: { href: "/p2" } } } as T;
    });
    await expect(fetchAllPages(client, first, pick)).rejects.toThrow("page two failed");
  });

  it("treats a null list as empty", () => {
    expect(pageOf(null, { next: { href: "x" } })).toEqual({ items: [], more: true });
  });
});
