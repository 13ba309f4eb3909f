// @vitest-environment node
// Access Control paging: the documented page size, prev on the first page, the link forms of Bentley's
// samples (setting linkForm) and the $top maximum (setting maxTop).
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID } from "../../demo-users";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const T = DEFAULT_ITWIN_ID;
const AC = `/accesscontrol/itwins/${T}`;
const top422 = {
  error: {
    code: "InvalidiTwinsMemberRequest",
    message: "Request body or query is invalid.",
    details: [{ code: "InvalidValue", message: "Value outside of valid range.", target: "$top" }],
  },
};

describe("paging", () => {
  it("pages 100 members by default, with prev equal to self on the first page and next to the second", async () => {
    const r = await h.api("GET", `${AC}/members/users`);
    expect(r.body.members).toHaveLength(100);
    expect(r.body._links).toEqual({
      self: { href: `${h.origin}/api${AC}/members/users?$skip=0&$top=100` },
      prev: { href: `${h.origin}/api${AC}/members/users?$skip=0&$top=100` },
      next: { href: `${h.origin}/api${AC}/members/users?$skip=100&$top=100` },
    });
    const last = await h.api("GET", `${AC}/members/users?$skip=100`);
    expect(last.body.members.length).toBeLessThan(100);
    expect(last.body._links.next).toBeUndefined();
    expect(last.body._links.prev.href).toBe(`${h.origin}/api${AC}/members/users?$skip=0&$top=100`);
  });

  it("linkForm=itwins-member spells links as the group members sample does", async () => {
    await h.control("POST", "/settings", { linkForm: "itwins-member" });
    const r = await h.api("GET", `${AC}/members/users?$top=10`);
    expect(r.body._links.next.href).toBe(`${h.origin}/api/iTwins/${T}/member/users?$skip=10&$top=10`);
    const g = await h.api("GET", `${AC}/members/groups?$top=2`);
    expect(g.body._links.prev.href).toBe(`${h.origin}/api/iTwins/${T}/member/groups?$skip=0&$top=2`);
  });

  it("linkForm=accesscontrol-members spells links as the member guides do", async () => {
    await h.control("POST", "/settings", { linkForm: "accesscontrol-members" });
    const r = await h.api("GET", `${AC}/members/users?$top=10&$skip=10`);
    expect(r.body._links).toEqual({
      self: { href: `${h.origin}/api/accesscontrol/${T}/members?$top=10&$skip=10` },
      prev: { href: `${h.origin}/api/accesscontrol/${T}/members?$top=10&$skip=0` },
      next: { href: `${h.origin}/api/accesscontrol/${T}/members?$top=10&$skip=20` },
    });
  });

  it("the iTwins API keeps canonical links whatever linkForm says", async () => {
    await h.control("POST", "/settings", { linkForm: "itwins-member" });
    const r = await h.api("GET", "/itwins?$top=1", { as: "manager" });
    expect(r.body._links.self.href).toBe(`${h.origin}/api/itwins?$skip=0&$top=1`);
  });

  it("$top above the maximum (1000 by default) → 422 InvalidValue on $top", async () => {
    expect((await h.api("GET", `${AC}/members/users?$top=1000`)).status).toBe(200);
    const r = await h.api("GET", `${AC}/members/users?$top=1001`);
    expect([r.status, r.body]).toEqual([422, top422]);
  });

  it("maxTop=100 makes $top=101 a 422 on every Access Control list", async () => {
    await h.control("POST", "/settings", { maxTop: 100 });
    for (const list of ["members/users", "members/groups", "members/owners"]) {
      const r = await h.api("GET", `${AC}/${list}?$top=101`);
      expect([r.status, r.body]).toEqual([422, top422]);
      expect((await h.api("GET", `${AC}/${list}?$top=100`)).status).toBe(200);
    }
    expect((await h.api("GET", "/itwins?$top=500", { as: "manager" })).status).toBe(200);
  });
});
