import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error";
import { createHttpClient, type HttpClientOptions } from "./http-client";
import { createRateLimitGate, type RateLimitWait } from "./rate-limit-status";
import { ACCEPT_V1, ACCEPT_V2, PermissionsResponse, UserMembersResponse } from "./wire";

const BASE = "https://api.example.test";
const TOKEN = "eyJ-secret-access-token-0123456789";

type Reply = Response | (() => Response | Promise<Response>) | Error;

/** A fetch that answers from a script, one reply per call, and records what it was sent. */
function scriptedFetch(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply instanceof Error) throw reply;
    return typeof reply === "function" ? reply() : reply.clone();
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const tooMany = (retryAfter?: string) =>
  json(
    429,
    { error: { code: "TooManyRequests", message: "More requests were received than the subscription rate-limit allows." } },
    retryAfter ? { "retry-after": retryAfter } : {},
  );

const permissions = { permissions: ["administration_manage_roles"] };

function client(fetchImpl: typeof fetch, extra: Partial<HttpClientOptions> = {}) {
  const sleeps: number[] = [];
  const gate = createRateLimitGate();
  const http = createHttpClient({
    baseUrl: BASE,
    getAccessToken: async () => TOKEN,
    fetchImpl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    rateLimitGate: gate,
    now: () => 1_000_000,
    ...extra,
  });
  return { http, sleeps, gate };
}

const getPermissions = { api: "accesscontrol", path: "/accesscontrol/itwins/i1/permissions", schema: PermissionsResponse } as const;

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected the request to fail");
}

describe("request basics", () => {
  it("sends the token, the v2 Accept for Access Control and validates the answer", async () => {
    const { fetchImpl, calls } = scriptedFetch(json(200, permissions));
    const { http } = client(fetchImpl);
    await expect(http.send(getPermissions)).resolves.toEqual(permissions);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.url).toBe(`${BASE}/accesscontrol/itwins/i1/permissions`);
    expect(headers.Authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers.Accept).toBe(ACCEPT_V2);
    expect(headers["Content-Type"]).toBeUndefined();
  });

  it("uses the v1 Accept for EDFS, iTwins and Users, and JSON for bodies", async () => {
    const { fetchImpl, calls } = scriptedFetch(new Response(null, { status: 204 }));
    const { http } = client(fetchImpl);
    for (const api of ["edfs", "itwins", "users"] as const) {
      await http.send({ api, method: "POST", path: "x", body: { a: 1 }, schema: null });
    }
    for (const call of calls) {
      const headers = call.init.headers as Record<string, string>;
      expect(headers.Accept).toBe(ACCEPT_V1);
      expect(headers["Content-Type"]).toBe("application/json");
      expect(call.init.body).toBe(`{"a":1}`);
    }
  });

  it("does not double the Bearer prefix of a token that already has it", async () => {
    const { fetchImpl, calls } = scriptedFetch(json(200, permissions));
    const { http } = client(fetchImpl, { getAccessToken: async () => `Bearer ${TOKEN}` });
    await http.send(getPermissions);
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("joins the base path and adds the query, keeping $ and dropping undefined", async () => {
    const { fetchImpl, calls } = scriptedFetch(json(200, { iTwins: [] }));
    const { http } = client(fetchImpl, { baseUrl: `${BASE}/api/` });
    await http.send({
      api: "itwins",
      path: "/itwins",
      query: { $search: "a b&c", $top: 10, $skip: undefined },
      schema: z.object({ iTwins: z.array(z.unknown()) }),
    });
    expect(calls[0]!.url).toBe(`${BASE}/api/itwins?$search=a%20b%26c&$top=10`);
  });

  it("resolves a relative base URL against the page (console and API on one origin)", async () => {
    const { fetchImpl, calls } = scriptedFetch(json(200, permissions));
    await client(fetchImpl, { baseUrl: "/api" }).http.send(getPermissions);
    expect(calls[0]!.url).toBe(`${location.origin}/api/accesscontrol/itwins/i1/permissions`);
  });

  it("resolves undefined for a 204 with schema null", async () => {
    const { fetchImpl } = scriptedFetch(new Response(null, { status: 204 }));
    const { http } = client(fetchImpl);
    await expect(http.send({ api: "accesscontrol", method: "DELETE", path: "/x", schema: null })).resolves.toBeUndefined();
  });
});

describe("429", () => {
  it("waits Retry-After and retries", async () => {
    const { fetchImpl, calls } = scriptedFetch(tooMany("3"), json(200, permissions));
    const { http, sleeps } = client(fetchImpl);
    await expect(http.send(getPermissions)).resolves.toEqual(permissions);
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
  });

  it("retries writes too: a 429 means the request was not processed", async () => {
    const { fetchImpl, calls } = scriptedFetch(tooMany("1"), json(200, { member: null }));
    const { http } = client(fetchImpl);
    await http.send({
      api: "accesscontrol",
      method: "PATCH",
      path: "/m",
      body: { roleIds: [] },
      schema: z.object({ member: z.null() }),
    });
    expect(calls).toHaveLength(2);
  });

  it("backs off 1 s, 2 s, 4 s, 8 s without Retry-After, then gives up with the 429", async () => {
    const { fetchImpl, calls } = scriptedFetch(tooMany());
    const { http, sleeps } = client(fetchImpl);
    const error = await caught(http.send(getPermissions));
    expect(error).toMatchObject({ status: 429, code: "TooManyRequests", kind: "http" });
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(calls).toHaveLength(5);
  });

  it("honours maxRateLimitRetries", async () => {
    const { fetchImpl, calls } = scriptedFetch(tooMany("1"));
    const { http } = client(fetchImpl, { maxRateLimitRetries: 1 });
    expect((await caught(http.send(getPermissions))).retryAfterSeconds).toBe(1);
    expect(calls).toHaveLength(2);
  });

  it("hands a very long Retry-After to the screen instead of waiting it out", async () => {
    const { fetchImpl, calls } = scriptedFetch(tooMany("3600"));
    const { http, sleeps } = client(fetchImpl);
    expect((await caught(http.send(getPermissions))).retryAfterSeconds).toBe(3600);
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("publishes the wait for the shell and clears it afterwards", async () => {
    const { fetchImpl } = scriptedFetch(tooMany("5"), json(200, permissions));
    let release!: () => void;
    const { http, gate } = client(fetchImpl, { sleep: () => new Promise<void>((resolve) => (release = resolve)) });
    const seen: (RateLimitWait | null)[] = [];
    gate.subscribe(() => seen.push(gate.getSnapshot()));
    const pending = http.send(getPermissions);
    await vi.waitFor(() => expect(gate.getSnapshot()).toEqual({ until: 1_005_000, attempt: 1, maxAttempts: 4 }));
    release();
    await pending;
    expect(gate.getSnapshot()).toBeNull();
    expect(seen).toEqual([{ until: 1_005_000, attempt: 1, maxAttempts: 4 }, null]);
  });

  it("makes concurrent requests share one wait instead of stampeding", async () => {
    let rateLimited = true;
    const sent: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      sent.push(String(input));
      return rateLimited ? tooMany("2") : json(200, permissions);
    }) as typeof fetch;
    let release!: () => void;
    const sleep = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const { http, gate } = client(fetchImpl, { sleep });

    const first = http.send(getPermissions);
    await vi.waitFor(() => expect(gate.getSnapshot()).not.toBeNull());
    // Started while the wait is in force: they must not be sent before it ends.
    const others = [http.send(getPermissions), http.send(getPermissions), http.send(getPermissions)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(1);

    rateLimited = false;
    release();
    await expect(Promise.all([first, ...others])).resolves.toHaveLength(4);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(5);
  });

  it("joins parallel 429s into the longest single wait", async () => {
    let calls = 0;
    const fetchImpl = (async () => (++calls <= 2 ? tooMany(calls === 1 ? "2" : "1") : json(200, permissions))) as typeof fetch;
    let release!: () => void;
    const sleep = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const { http, gate } = client(fetchImpl, { sleep });
    const both = Promise.all([http.send(getPermissions), http.send(getPermissions)]);
    await vi.waitFor(() => expect(calls).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(gate.getSnapshot()?.until).toBe(1_002_000);
    release();
    await both;
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it("stops waiting when the caller aborts", async () => {
    const { fetchImpl } = scriptedFetch(tooMany("5"));
    const { http } = client(fetchImpl, { sleep: () => new Promise<void>(() => undefined) });
    const controller = new AbortController();
    const pending = http.send({ ...getPermissions, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("401", () => {
  it("asks the auth layer to renew, then retries once with the fresh token", async () => {
    const { fetchImpl, calls } = scriptedFetch(json(401, { error: { code: "HeaderNotFound", message: "x" } }), json(200, permissions));
    const tokens = ["old-token-0000000", "new-token-1111111"];
    const onUnauthorized = vi.fn(async () => true);
    const { http } = client(fetchImpl, { getAccessToken: async () => tokens.shift()!, onUnauthorized });
    await expect(http.send(getPermissions)).resolves.toEqual(permissions);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect((calls[1]!.init.headers as Record<string, string>).Authorization).toBe("Bearer new-token-1111111");
  });

  it("throws the 401 when renewal fails, and renews only once", async () => {
    const unauthorized = json(401, { error: { code: "Unauthorized", message: "Access denied due to invalid access_token." } });
    for (const onUnauthorized of [vi.fn(async () => false), vi.fn(async () => Promise.reject(new Error("popup blocked")))]) {
      const { fetchImpl, calls } = scriptedFetch(unauthorized);
      const { http } = client(fetchImpl, { onUnauthorized });
      expect(await caught(http.send(getPermissions))).toMatchObject({ status: 401, code: "Unauthorized" });
      expect(calls).toHaveLength(1);
    }
    const { fetchImpl, calls } = scriptedFetch(unauthorized);
    const { http } = client(fetchImpl, { onUnauthorized: async () => true });
    expect((await caught(http.send(getPermissions))).status).toBe(401);
    expect(calls).toHaveLength(2);
  });

  it("turns a failing token acquisition into a 401 ApiError keeping the cause", async () => {
    const { fetchImpl, calls } = scriptedFetch(json(200, permissions));
    const cause = new Error("interaction_required");
    const { http } = client(fetchImpl, { getAccessToken: () => Promise.reject(cause) });
    const error = await caught(http.send(getPermissions));
    expect(error).toMatchObject({ status: 401, code: "AccessTokenUnavailable" });
    expect(error.cause).toBe(cause);
    expect(calls).toHaveLength(0);
  });
});

describe("5xx, network errors and timeouts", () => {
  it("retries a read on 503 with backoff", async () => {
    const { fetchImpl, calls } = scriptedFetch(new Response("busy", { status: 503 }), json(200, permissions));
    const { http, sleeps } = client(fetchImpl);
    await expect(http.send(getPermissions)).resolves.toEqual(permissions);
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it("gives up on a read after two retries", async () => {
    const { fetchImpl, calls } = scriptedFetch(new Response("", { status: 500 }));
    const { http } = client(fetchImpl);
    expect((await caught(http.send(getPermissions))).message).toBe("The server had a problem (status 500).");
    expect(calls).toHaveLength(3);
  });

  it("never retries a write on 500", async () => {
    for (const method of ["POST", "PATCH", "PUT", "DELETE"] as const) {
      const { fetchImpl, calls } = scriptedFetch(new Response("", { status: 500 }));
      const { http } = client(fetchImpl);
      expect((await caught(http.send({ api: "accesscontrol", method, path: "/x", body: {}, schema: null }))).status).toBe(500);
      expect(calls).toHaveLength(1);
    }
  });

  it("turns a network failure into ApiError(status 0, network), retrying reads only", async () => {
    const read = scriptedFetch(new TypeError("Failed to fetch"));
    expect(await caught(client(read.fetchImpl).http.send(getPermissions))).toMatchObject({ status: 0, kind: "network" });
    expect(read.calls).toHaveLength(3);

    const write = scriptedFetch(new TypeError("Failed to fetch"));
    expect(await caught(client(write.fetchImpl).http.send({ ...getPermissions, method: "POST" }))).toMatchObject({
      status: 0,
      kind: "network",
    });
    expect(write.calls).toHaveLength(1);
  });

  it("turns a hanging server into ApiError(timeout)", async () => {
    const { fetchImpl } = scriptedFetch(() => new Promise<Response>(() => undefined));
    const { http } = client(fetchImpl, { timeoutMs: 20 });
    expect(await caught(http.send({ ...getPermissions, method: "POST" }))).toMatchObject({
      status: 0,
      kind: "timeout",
      code: "Timeout",
    });
  });

  it("does not retry a 4xx read", async () => {
    const { fetchImpl, calls } = scriptedFetch(
      json(404, { error: { code: "ItwinNotFound", message: "Requested iTwin is not available." } }),
    );
    expect((await caught(client(fetchImpl).http.send(getPermissions))).code).toBe("ItwinNotFound");
    expect(calls).toHaveLength(1);
  });
});

describe("response validation", () => {
  it("names the first path that failed", async () => {
    const member = { id: "u", email: null, givenName: null, surname: null, organization: null, roles: [] };
    const body = { members: [member, member, member, { ...member, roles: undefined }] };
    const { fetchImpl } = scriptedFetch(json(200, body, { "x-correlation-id": "corr-1" }));
    const error = await caught(client(fetchImpl).http.send({ api: "accesscontrol", path: "/m", schema: UserMembersResponse }));
    expect(error).toMatchObject({ kind: "invalid-response", status: 200, correlationId: "corr-1" });
    expect(error.message).toBe("The server's answer was not in the expected shape (members[3].roles: expected array).");
    expect(error.details[0]).toMatchObject({ target: "members[3].roles" });
  });

  it("reports an empty or non-JSON 200 as invalid-response", async () => {
    for (const body of ["", "<html>oops</html>", "{"]) {
      const { fetchImpl } = scriptedFetch(new Response(body, { status: 200 }));
      expect((await caught(client(fetchImpl).http.send(getPermissions))).kind).toBe("invalid-response");
    }
  });
});

describe("links and secrets", () => {
  it("follows an absolute link on the API's origin as is", async () => {
    const { fetchImpl, calls } = scriptedFetch(json(200, permissions));
    await client(fetchImpl).http.send({ ...getPermissions, path: `${BASE}/accesscontrol/itwins/i1/members?$skip=100&$top=100` });
    expect(calls[0]!.url).toBe(`${BASE}/accesscontrol/itwins/i1/members?$skip=100&$top=100`);
  });

  it.each([
    "https://evil.example/steal",
    "//evil.example/steal",
    "http://api.example.test/x",
    "https://api.example.test:8443/x",
    "javascript:alert(1)",
  ])("refuses to send the token to %s", async (href) => {
    const { fetchImpl, calls } = scriptedFetch(json(200, permissions));
    const error = await caught(client(fetchImpl).http.send({ ...getPermissions, path: href }));
    expect(error.kind).toBe("invalid-response");
    expect(calls).toHaveLength(0);
  });

  it("never lets the token appear in an error", async () => {
    const echo = `Authorization: Bearer ${TOKEN}`;
    const replies: Response[] = [
      json(
        400,
        { error: { code: TOKEN, message: echo, target: TOKEN, details: [{ code: "X", message: echo, target: TOKEN }] } },
        { "x-correlation-id": TOKEN },
      ),
      new Response(`<html><title>${echo}</title></html>`, { status: 500 }),
      new Response(echo, { status: 403 }),
      json(200, { [TOKEN]: 1 }),
      json(400, { error: { code: "C", message: `${"x".repeat(480)} ${TOKEN}` } }),
    ];
    for (const reply of replies) {
      const { fetchImpl } = scriptedFetch(reply);
      const error = await caught(client(fetchImpl).http.send({ ...getPermissions, method: "POST" }));
      const everything = JSON.stringify({
        message: error.message,
        code: error.code,
        target: error.target,
        details: error.details,
        correlationId: error.correlationId,
        stack: error.stack,
      });
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain(TOKEN.slice(0, 12));
    }
  });
});
