// @vitest-environment node
// The large preset: scale numbers, fast seeding, and walking _links.next visits every member once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID } from "../../demo-users";
import { seedLarge } from "../../data/seed-large";
import { startHarness, type ApiResult, type Harness } from "./harness";

const AC = `/accesscontrol/itwins/${DEFAULT_ITWIN_ID}`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ preset: "large" });
});
afterAll(() => h.close());

describe("large preset", () => {
  // Its seeding time is a benchmark matter (npm run bench starts this preset), not a test's.
  it("seeds the promised sizes", () => {
    const store = seedLarge();
    const itwin = store.itwins.get(DEFAULT_ITWIN_ID)!;
    expect(itwin.roles.size).toBeGreaterThanOrEqual(300);
    expect(store.permissions.length).toBeGreaterThanOrEqual(400);
    expect(itwin.userMembers.size).toBeGreaterThanOrEqual(20_000);
    expect(itwin.groups.size).toBeGreaterThanOrEqual(500);
    expect(store.packages.size).toBeGreaterThanOrEqual(20);
  });

  it.each([1000, 100])("walking _links.next with $top=%i visits every user member exactly once", async (top) => {
    const seen = new Set<string>();
    let visits = 0;
    let pages = 0;
    let next: string | undefined = `${h.origin}/api${AC}/members/users?$top=${top}`;
    let first = true;
    while (next) {
      const r: ApiResult = await h.api("GET", next, { as: "reader" });
      expect(r.status).toBe(200);
      if (first) expect(r.body._links.prev.href).toBe(r.body._links.self.href);
      first = false;
      for (const m of r.body.members) {
        seen.add(m.id);
        visits++;
      }
      pages++;
      next = r.body._links.next?.href;
      if (next) expect(next.startsWith(`${h.origin}/api/`)).toBe(true);
    }
    expect(visits).toBe(seen.size);
    expect(seen.size).toBeGreaterThanOrEqual(20_000);
    expect(pages).toBe(Math.ceil(seen.size / top));
  });

  it("the last page has no next link; $skip past the end gives an empty page", async () => {
    const r = await h.api("GET", `${AC}/members/users?$skip=19999&$top=1000`);
    expect(r.body._links.next).toBeUndefined();
    expect(r.body._links.prev.href).toBe(`${h.origin}/api${AC}/members/users?$skip=18999&$top=1000`);
    const past = await h.api("GET", `${AC}/members/users?$skip=50000`);
    expect(past.body.members).toEqual([]);
  });

  it("default page is 100; roles are not paged", async () => {
    expect((await h.api("GET", `${AC}/members/users`)).body.members).toHaveLength(100);
    const roles = await h.api("GET", `${AC}/roles`);
    expect(roles.body.roles.length).toBeGreaterThanOrEqual(300);
    expect(roles.body._links).toBeUndefined();
  });

  it("groups list pages only when asked", async () => {
    const all = await h.api("GET", `${AC}/groups`);
    expect(all.body.groups.length).toBeGreaterThanOrEqual(500);
    expect(all.body._links).toBeUndefined();
    const page = await h.api("GET", `${AC}/groups?$skip=0`);
    expect(page.body.groups).toHaveLength(100);
    expect(page.body._links.next.href).toBe(`${h.origin}/api${AC}/groups?$skip=100&$top=100`);
  });
});
