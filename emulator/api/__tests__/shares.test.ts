// @vitest-environment node
// Access Control shares: anonymous read keys for at most 90 days, organization administrators only.
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID } from "../../demo-users";
import { SEEDED_SHARE_ID } from "../../data/seed-shares";
import { itwinId } from "../../data/seed-builder";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const T = DEFAULT_ITWIN_ID;
const SHARES = `/accesscontrol/itwins/${T}/shares`;
const ZERO = "00000000-0000-0000-0000-000000000000";
const DAY = 86_400_000;
const share422 = (message: string) => ({
  error: {
    code: "InvalidiTwinsShareRequest",
    message: "Request body or query is invalid.",
    details: [{ code: "InvalidValue", message, target: "expiration" }],
  },
});

describe("shares", () => {
  it("lists the seeded active share of the demo iTwin", async () => {
    const r = await h.api("GET", SHARES);
    expect(r.status).toBe(200);
    expect(r.body.shares).toEqual([
      { iTwinId: T, id: SEEDED_SHARE_ID, shareContract: "Default", expiration: expect.any(String), shareKey: expect.any(String) },
    ]);
    expect(Date.parse(r.body.shares[0].expiration)).toBeGreaterThan(Date.now());
  });

  it("creates a share (201) lasting 90 days by default, gets it and revokes it", async () => {
    const r = await h.api("POST", SHARES, { body: {} });
    expect(r.status).toBe(201);
    expect(Object.keys(r.body.share).sort()).toEqual(["expiration", "iTwinId", "id", "shareContract", "shareKey"]);
    expect(r.body.share).toMatchObject({ iTwinId: T, shareContract: "Default" });
    const days = (Date.parse(r.body.share.expiration) - Date.now()) / DAY;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect((await h.api("GET", `${SHARES}/${r.body.share.id}`)).body).toEqual({ share: r.body.share });
    expect((await h.api("DELETE", `${SHARES}/${r.body.share.id}`)).status).toBe(204);
    const gone = await h.api("GET", `${SHARES}/${r.body.share.id}`);
    expect([gone.status, gone.body]).toEqual([404, { error: { code: "ShareNotFound", message: "Requested share is not available." } }]);
    expect((await h.api("DELETE", `${SHARES}/${ZERO}`)).body.error.code).toBe("ShareNotFound");
  });

  it("takes an expiration within 90 days", async () => {
    const expiration = new Date(Date.now() + 10 * DAY).toISOString();
    const r = await h.api("POST", SHARES, { body: { shareContract: "Default", expiration } });
    expect([r.status, r.body.share.expiration]).toEqual([201, expiration]);
  });

  it.each([
    ["in the past", new Date(Date.now() - DAY).toISOString(), "Expiration must be in the future."],
    ["more than 90 days ahead", new Date(Date.now() + 91 * DAY).toISOString(), "Expiration must be at most 90 days ahead."],
    ["malformed", "next tuesday", "Provided expiration is not a valid date-time."],
  ])("refuses an expiration %s with 422 on expiration", async (_name, expiration, message) => {
    const r = await h.api("POST", SHARES, { body: { expiration } });
    expect([r.status, r.body]).toEqual([422, share422(message)]);
  });

  it("an unknown share contract → 404 ShareContractNotFound", async () => {
    const r = await h.api("POST", SHARES, { body: { shareContract: "Premium" } });
    expect([r.status, r.body]).toEqual([
      404,
      { error: { code: "ShareContractNotFound", message: "Requested share contract is not available." } },
    ]);
  });

  it("is for organization administrators only; an unknown iTwin is 404 ItwinNotFound", async () => {
    await h.api("POST", `/accesscontrol/itwins/${T}/members/owners`, { body: { email: "paul.manager@riverbend.example" } });
    for (const who of ["manager", "reader", "outsider"] as const) {
      expect((await h.api("GET", SHARES, { as: who })).status).toBe(403);
      expect((await h.api("POST", SHARES, { as: who, body: {} })).status).toBe(403);
    }
    expect((await h.api("GET", `/accesscontrol/itwins/${ZERO}/shares`)).body.error.code).toBe("ItwinNotFound");
  });

  it("a revoked share leaves the list, and revoking it again is 404 ShareNotFound", async () => {
    expect((await h.api("DELETE", `${SHARES}/${SEEDED_SHARE_ID}`)).status).toBe(204);
    expect((await h.api("GET", SHARES)).body).toEqual({ shares: [] });
    const again = await h.api("DELETE", `${SHARES}/${SEEDED_SHARE_ID}`);
    expect([again.status, again.body]).toEqual([404, { error: { code: "ShareNotFound", message: "Requested share is not available." } }]);
  });

  it("a share is found only under its own iTwin", async () => {
    const other = `/accesscontrol/itwins/${itwinId(2)}/shares/${SEEDED_SHARE_ID}`;
    expect((await h.api("GET", other)).body.error.code).toBe("ShareNotFound");
    expect((await h.api("DELETE", other)).body.error.code).toBe("ShareNotFound");
    expect((await h.api("GET", SHARES)).body.shares).toHaveLength(1);
  });

  it("revoking and reading one share are refused to anyone but an organization administrator, with the documented 403", async () => {
    const refused = {
      error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." },
    };
    for (const who of ["manager", "reader"] as const) {
      const get = await h.api("GET", `${SHARES}/${SEEDED_SHARE_ID}`, { as: who });
      const del = await h.api("DELETE", `${SHARES}/${SEEDED_SHARE_ID}`, { as: who });
      expect([get.status, get.body]).toEqual([403, refused]);
      expect([del.status, del.body]).toEqual([403, refused]);
    }
    expect((await h.api("GET", SHARES)).body.shares).toHaveLength(1);
  });
});
