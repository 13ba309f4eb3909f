import { describe, expect, it } from "vitest";
import { InfiniteQueryObserver, QueryClient } from "@tanstack/react-query";
import type { HttpClient, RequestOptions } from "../../../api/http-client";
import { clientFrom } from "../../../api/operation-request";
import {
  fetchUserMembersPage,
  nextPageSkip,
  userMembersPagesQuery,
  USERS_PAGE_SIZE,
  type UserMembersPage,
} from "../../../api/queries/all-user-members";

const member = (id: string) => ({
  id,
  email: `${id}@x.example`,
  givenName: id,
  surname: "S",
  organization: "O",
  roles: [{ id: "r", displayName: "Reader" }],
});

function fakeClient(answer: (o: RequestOptions<unknown>) => unknown) {
  const calls: RequestOptions<unknown>[] = [];
  const client: HttpClient = clientFrom(async <T>(o: RequestOptions<T>) => {
    calls.push(o as RequestOptions<unknown>);
    return o.schema!.parse(answer(o as RequestOptions<unknown>)) as T;
  });
  return { client, calls };
}

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `u${from + i}`);

describe("users list paging", () => {
  it("asks every page by $top and $skip and never requests the next link, whatever its form", async () => {
    const oddNext = "https://api.bentley.com/accesscontrol/t/members?$top=100&$skip=0";
    const { client, calls } = fakeClient((o) => ({
      members: ids(Number(o.query?.$skip ?? 0), 100).map(member),
      _links: { next: { href: oddNext } },
    }));
    const first = await fetchUserMembersPage(client, "t", 0);
    expect(first.more).toBe(true);
    expect(calls[0]!.path).toBe("/accesscontrol/itwins/t/members/users");
    expect(calls[0]!.query).toEqual({ $top: USERS_PAGE_SIZE, $skip: undefined });
    await fetchUserMembersPage(client, "t", 100);
    expect(calls[1]!.path).toBe("/accesscontrol/itwins/t/members/users");
    expect(calls[1]!.query).toEqual({ $top: 100, $skip: 100 });
    expect(calls.some((c) => c.path.includes("http"))).toBe(false);
  });

  it("advances by the members received and stops on a short page or when next is absent", () => {
    const page = (n: number, more: boolean): UserMembersPage => ({ members: ids(0, n).map(member), more });
    expect(USERS_PAGE_SIZE).toBe(100);
    expect(nextPageSkip([page(100, true)])).toBe(100);
    expect(nextPageSkip([page(100, true), page(100, true)])).toBe(200);
    expect(nextPageSkip([page(100, true), page(40, true)])).toBeUndefined();
    expect(nextPageSkip([page(100, false)])).toBeUndefined();
    expect(nextPageSkip([page(100, true), page(0, true)])).toBeUndefined();
    expect(nextPageSkip([])).toBeUndefined();
  });

  it("asks for the first page once when the tab is clicked, even if the page left behind observed the list and goes away meanwhile", async () => {
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    const { client, calls } = fakeClient(() => ({ members: ids(0, 3).map(member), _links: {} }));
    const slow: HttpClient = clientFrom(async <T>(o: RequestOptions<T>) => {
      await answered;
      return client.send(o);
    });
    const queryClient = new QueryClient();
    const options = userMembersPagesQuery(slow, "t");
    // The page being left holds the list's only observer (a closed dialog's, not fetching).
    const leaving = new InfiniteQueryObserver(queryClient, { ...options, enabled: false });
    const unsubscribe = leaving.subscribe(() => {});
    // The click prefetches the Members page's first page; the old page then unmounts.
    const prefetched = queryClient.prefetchInfiniteQuery(options);
    unsubscribe();
    release();
    await prefetched;
    // The Members page mounts: the page is in the cache, nothing is asked again.
    const arriving = new InfiniteQueryObserver(queryClient, options);
    const stop = arriving.subscribe(() => {});
    expect(arriving.getCurrentResult().data).toMatchObject({ pages: [{ members: [{ id: "u0" }, { id: "u1" }, { id: "u2" }] }] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
    stop();
    queryClient.clear();
  });
});
