// @vitest-environment node
// The iTwins API answers members only; x-itwin-query-scope widens it for organization administrators.
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID } from "../../demo-users";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const WIDE = { "x-itwin-query-scope": "OrganizationAdmin" };
const notFound = { error: { code: "iTwinNotFound", message: "Requested iTwin is not available." } };
const forbidden = {
  error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." },
};

describe("iTwins the caller is a member of", () => {
  it("an organization administrator who is a member of none gets an empty list", async () => {
    const r = await h.api("GET", "/itwins");
    expect(r.status).toBe(200);
    expect(r.body.iTwins).toEqual([]);
  });

  it("and 404 iTwinNotFound for one iTwin of her organization, and cannot mark it recent", async () => {
    expect(await h.api("GET", `/itwins/${DEFAULT_ITWIN_ID}`).then((r) => [r.status, r.body])).toEqual([404, notFound]);
    expect((await h.api("POST", `/itwins/recents/${DEFAULT_ITWIN_ID}`)).status).toBe(404);
  });

  it("a member lists the iTwins she belongs to", async () => {
    const r = await h.api("GET", "/itwins", { as: "reader" });
    expect(r.body.iTwins.map((t: { id: string }) => t.id)).toEqual([DEFAULT_ITWIN_ID]);
  });

  it.each(["OrganizationAdmin", "all", "organizationadmin"])(
    "x-itwin-query-scope: %s widens every iTwins call for the administrator",
    async (scope) => {
      const headers = { "x-itwin-query-scope": scope };
      const list = await h.api("GET", "/itwins?subClass=Project,Asset", { headers });
      expect(list.body.iTwins.length).toBeGreaterThanOrEqual(4);
      expect((await h.api("GET", `/itwins/${DEFAULT_ITWIN_ID}`, { headers })).status).toBe(200);
      expect((await h.api("POST", `/itwins/recents/${DEFAULT_ITWIN_ID}`, { headers })).status).toBe(204);
      const recents = await h.api("GET", "/itwins/recents", { headers });
      expect(recents.body.iTwins[0].id).toBe(DEFAULT_ITWIN_ID);
    },
  );

  it("memberOfItwin is the default scope", async () => {
    const r = await h.api("GET", "/itwins", { headers: { "x-itwin-query-scope": "memberOfItwin" } });
    expect(r.body.iTwins).toEqual([]);
  });

  it("for others the header is ignored by default", async () => {
    const r = await h.api("GET", "/itwins", { as: "outsider", headers: WIDE });
    expect([r.status, r.body.iTwins]).toEqual([200, []]);
    expect((await h.api("GET", "/itwins", { as: "reader", headers: WIDE })).body.iTwins).toHaveLength(1);
  });

  it("with queryScopeForOthers=refuse others get 403", async () => {
    await h.control("POST", "/settings", { queryScopeForOthers: "refuse" });
    const r = await h.api("GET", "/itwins", { as: "reader", headers: WIDE });
    expect([r.status, r.body]).toEqual([403, forbidden]);
    expect((await h.api("GET", `/itwins/${DEFAULT_ITWIN_ID}`, { as: "reader", headers: WIDE })).status).toBe(403);
    expect((await h.api("GET", "/itwins", { headers: WIDE })).status).toBe(200);
    expect((await h.api("GET", "/itwins", { as: "reader" })).status).toBe(200);
  });

  it("Access Control still lets the administrator act on every iTwin of her organization", async () => {
    expect((await h.api("GET", `/accesscontrol/itwins/${DEFAULT_ITWIN_ID}/roles`)).status).toBe(200);
  });
});
