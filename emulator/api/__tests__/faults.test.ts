// @vitest-environment node
// Fault controls observable from a client: 429 (both Retry-After forms), 5xx JSON and HTML, dropped
// connections, latency, fail-next rules, token expiry, request log, CORS and correlation ids.
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID, demoUser } from "../../demo-users";
import { roleId } from "../../data/seed-builder";
import { roleOperations } from "../../../src/api/operations/accesscontrol-roles";
import { freshHarnessPerTest, startHarness } from "./harness";

const AC = `/accesscontrol/itwins/${DEFAULT_ITWIN_ID}`;
const GUID = /^[0-9a-f-]{36}$/;

const h = freshHarnessPerTest();

describe("faults", () => {
  it("rate limit fraction 1 → 429 with Retry-After in seconds", async () => {
    await h.controls.setFaults({ rateLimitFraction: 1, retryAfterSeconds: 3 });
    const r = await h.api("GET", `${AC}/roles`);
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toBe("3");
    expect(r.body.error.code).toBe("RateLimitExceeded");
  });

  it("Retry-After as an HTTP-date", async () => {
    await h.controls.setFaults({
      rateLimitFraction: 1,
      retryAfterSeconds: 30,
      retryAfterForm: "http-date",
      rateLimitCode: "TooManyRequests",
    });
    const r = await h.api("GET", `${AC}/roles`);
    expect(r.status).toBe(429);
    const when = Date.parse(r.headers.get("retry-after")!);
    expect(when - Date.now()).toBeGreaterThan(20_000);
    expect(r.headers.get("retry-after")).toMatch(/GMT$/);
    expect(r.body.error.code).toBe("TooManyRequests");
  });

  it("a fraction of 0.5 rate-limits some but not all requests", async () => {
    await h.controls.setFaults({ rateLimitFraction: 0.5, seed: 7 });
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await h.api("GET", "/itwins")).status);
    expect(statuses).toContain(429);
    expect(statuses).toContain(200);
  });

  it("5xx as an HTML 502 page", async () => {
    await h.controls.setFaults({ serverErrorFraction: 1, serverErrorStatus: 502, serverErrorFormat: "html" });
    const r = await h.api("GET", "/itwins");
    expect(r.status).toBe(502);
    expect(r.headers.get("content-type")).toMatch(/text\/html/);
    expect(r.text).toContain("<title>502 Bad Gateway</title>");
  });

  it("5xx as JSON carries the correlation id of the response header", async () => {
    await h.controls.setFaults({ serverErrorFraction: 1, serverErrorStatus: 503 });
    const r = await h.api("GET", "/itwins");
    expect(r.status).toBe(503);
    const id = r.headers.get("x-correlation-id");
    expect(id).toMatch(GUID);
    expect(r.body.error).toMatchObject({ code: "ServiceUnavailable", correlationId: id });
    expect(r.body.error.message).toContain(id);
  });

  it("dropped connections reject the client's fetch", async () => {
    await h.controls.setFaults({ dropFraction: 1 });
    await expect(h.api("GET", "/itwins")).rejects.toThrow();
  });

  it("latency delays answers", async () => {
    await h.controls.setFaults({ latencyMs: 150 });
    const t0 = performance.now();
    expect((await h.api("GET", "/itwins")).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it("fail-next fails exactly `count` matching requests, then the real answer comes back", async () => {
    const body = {
      error: {
        code: "InvalidiTwinsMemberRequest",
        message: "Request body or query is invalid.",
        details: [{ code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." }],
      },
    };
    await h.controls.failNext({ method: "PATCH", path: "/members/users/", status: 422, body, count: 2 });
    const path = `${AC}/members/users/${demoUser("reader").id}`;
    expect((await h.api("GET", path)).status).toBe(200); // method does not match
    for (let i = 0; i < 2; i++) {
      const r = await h.api("PATCH", path, { body: { roleIds: [roleId(1, 1)] } });
      expect([r.status, r.body]).toEqual([422, body]);
    }
    expect((await h.api("PATCH", path, { body: { roleIds: [roleId(1, 1)] } })).status).toBe(200);
    expect((await h.controls.state()).failNext).toEqual([]);
  });

  it("fail-next with a 500 and no body answers the JSON 5xx envelope", async () => {
    await h.controls.failNext({ path: "^/itwins$", status: 500 });
    const r = await h.api("GET", "/itwins");
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe("InternalServerError");
  });

  it("expire-tokens: earlier tokens get 401 Unauthorized, newer ones work", async () => {
    const old = await h.mint(demoUser("reader").id);
    expect((await h.api("GET", "/itwins", { headers: { Authorization: `Bearer ${old}` } })).status).toBe(200);
    const state = await h.controls.expireTokens();
    const r = await h.api("GET", "/itwins", { headers: { Authorization: `Bearer ${old}` } });
    expect([r.status, r.body]).toEqual([
      401,
      {
        error: {
          code: "Unauthorized",
          message: "Access denied due to invalid access_token. Make sure to provide a valid token for this API endpoint.",
        },
      },
    ]);
    const fresh = await h.mint(demoUser("reader").id, { iat: state.tokensValidAfter ?? undefined });
    expect((await h.api("GET", "/itwins", { headers: { Authorization: `Bearer ${fresh}` } })).status).toBe(200);
  });

  it("the request log counts API requests since a sequence number", async () => {
    const since = (await h.controls.state()).lastRequestSeq;
    await h.api("GET", "/itwins");
    await h.api("GET", `${AC}/roles`, { as: "reader" });
    const log = (await h.controls.requests(since)).requests;
    expect(log.map((e: { method: string; url: string; status: number }) => [e.method, e.url, e.status])).toEqual([
      ["GET", "/api/itwins", 200],
      ["GET", `/api${AC}/roles`, 403],
    ]);
  });

  it("reset can switch preset and back", async () => {
    expect((await h.controls.reset("large")).preset).toBe("large");
    expect((await h.api("GET", `${AC}/roles`)).body.roles.length).toBeGreaterThanOrEqual(300);
    expect((await h.controls.reset("demo")).preset).toBe("demo");
    expect((await h.api("GET", `${AC}/roles`)).body.roles).toHaveLength(10);
  });

  it("start options configure faults", async () => {
    const other = await startHarness({ faults: { rateLimitFraction: 1, retryAfterSeconds: 9 } });
    try {
      const r = await other.api("GET", "/itwins");
      expect([r.status, r.headers.get("retry-after")]).toEqual([429, "9"]);
      expect((await other.controls.state()).faults.rateLimitFraction).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe("headers", () => {
  it("CORS preflight is answered 204 with permissive headers", async () => {
    const r = await fetch(`${h.origin}/api${AC}/roles`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://other.example",
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization,content-type,prefer",
      },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-origin")).toBe("https://other.example");
    expect(r.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(r.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("every response exposes Retry-After and carries an x-correlation-id", async () => {
    const r = await h.api("GET", "/itwins", { headers: { Origin: "https://other.example" } });
    expect(r.headers.get("x-correlation-id")).toMatch(GUID);
    expect(r.headers.get("access-control-expose-headers")).toMatch(/Retry-After.*x-correlation-id/);
    const e = await h.api("GET", "/itwins", { as: null });
    expect(e.headers.get("x-correlation-id")).toMatch(GUID);
  });

  it("act-as runs an API request as a demo user with the same permission checks, outside the request log", async () => {
    const since = (await h.controls.state()).lastRequestSeq;
    const roleId13 = { iTwinId: DEFAULT_ITWIN_ID, roleId: roleId(1, 3) };
    const asAdmin = await h.controls.actAsOk("admin", roleOperations.updateRole, roleId13, { body: { description: "Changed meanwhile" } });
    expect(asAdmin.role.description).toBe("Changed meanwhile");
    const asReader = await h.controls.actAs("reader", roleOperations.updateRole, roleId13, { body: { description: "x" } });
    expect(asReader).toEqual({
      status: 403,
      body: { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
    });
    expect((await h.controls.requests(since)).requests).toEqual([]);
  });
});
