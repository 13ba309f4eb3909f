import { describe, expect, it } from "vitest";
import type { HttpClient, RequestOptions } from "../../../api/http-client";
import { clientFrom } from "../../../api/operation-request";
import { fetchUserMembersPage, nextPageHref, USERS_PAGE_SIZE, type UserMembersPage } from "./get-user-members-page";

const member = (id: string) => ({
  id,
  email: `${id}@x.example`,
  givenName: id,
  surname: "S",
  organization: "O",
  roles: [{ id: "r", displayName: "Reader" }],
});

function fakeClient(pages: Record<string, unknown>) {
  const calls: RequestOptions<unknown>[] = [];
  const client: HttpClient = clientFrom(async <T>(o: RequestOptions<T>) => {
    calls.push(o as RequestOptions<unknown>);
    const body = pages[o.path];
    if (!body) throw new Error(`unexpected ${o.path}`);
    return o.schema!.parse(body);
  });
  return { client, calls };
}

describe("users list paging", () => {
  it("asks the first page with $top and follows _links.next as given, without adding a query", async () => {
    const next = "https://api.test/accesscontrol/itwins/t/members/users?$skip=100&$top=100";
    const { client, calls } = fakeClient({
      "/accesscontrol/itwins/t/members/users": { members: [member("a")], _links: { next: { href: next } } },
      [next]: { members: [member("b")], _links: {} },
    });
    const first = await fetchUserMembersPage(client, "t", null);
    expect(first).toEqual({ members: [member("a")], next });
    expect(calls[0]!.query).toEqual({ $top: USERS_PAGE_SIZE });
    const second = await fetchUserMembersPage(client, "t", first.next);
    expect(second.next).toBeNull();
    expect(calls[1]!.path).toBe(next);
    expect(calls[1]!.query).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it("stops when there is no next link, when a page is empty, or when a link repeats", () => {
    const page = (ids: string[], next: string | null): UserMembersPage => ({ members: ids.map(member), next });
    expect(nextPageHref([page(["a"], "n1")])).toBe("n1");
    expect(nextPageHref([page(["a"], null)])).toBeUndefined();
    expect(nextPageHref([page(["a"], "n1"), page([], "n2")])).toBeUndefined();
    expect(nextPageHref([page(["a"], "n1"), page(["b"], "n1")])).toBeUndefined();
    expect(nextPageHref([])).toBeUndefined();
  });
});
