import { describe, expect, it } from "vitest";
import type { HttpClient, RequestOptions } from "../../../api/http-client";
import { clientFrom } from "../../../api/operation-request";
import { fetchUserMembersPage, nextPageSkip, USERS_PAGE_SIZE, type UserMembersPage } from "../../../api/queries/all-user-members";

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
});
