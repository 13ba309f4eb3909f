// Property-based: whatever a server, proxy or gateway answers, the console ends up with an ApiError
// carrying a readable message — never a crash, never another kind of exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError, apiErrorFromResponse } from "./api-error";
import { createHttpClient } from "./http-client";
import { createRateLimitGate } from "./rate-limit-status";
import { UserMembersResponse } from "./wire";

const TOKEN = "fuzz-secret-token-0123456789abcdef";
const RUNS = 10_000;
const HUGE = 100 * 1024;

const headerValue = fc
  .oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.integer({ min: -1e6, max: 1e12 }).map(String),
    fc.double().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
    fc.constantFrom(
      "",
      " ",
      "5",
      " 7 ",
      "-1",
      "NaN",
      "1e309",
      "Infinity",
      "0x10",
      "Wed, 21 Oct 2015 07:28:00 GMT",
      "Mon, 99 Foo 9999 99:99:99 GMT",
      TOKEN,
    ),
  )
  // Headers refuse CR, LF, NUL and non-Latin-1 text: keep what a real header could hold.
  .map((value) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, ""));

const headerName = fc.oneof(
  fc.constantFrom("retry-after", "Retry-After", "x-correlation-id", "request-id", "x-request-id", "content-type"),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
);
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 5 });

const stringify = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
};

const envelopeLike = fc
  .record(
    {
      error: fc.oneof(
        fc.record(
          {
            code: fc.oneof(fc.string(), fc.anything()),
            message: fc.oneof(fc.string(), fc.anything(), fc.constant(`Bearer ${TOKEN}`)),
            target: fc.oneof(fc.string(), fc.anything()),
            details: fc.oneof(
              fc.array(
                fc.oneof(
                  fc.record({ code: fc.anything(), message: fc.anything(), target: fc.anything() }, { requiredKeys: [] }),
                  fc.anything(),
                ),
                { maxLength: 8 },
              ),
              fc.anything(),
            ),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  )
  .map(stringify);

const html = fc
  .tuple(fc.string(), fc.string())
  .map(([title, body]) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);

const huge = fc.constantFrom(
  "x".repeat(HUGE),
  JSON.stringify({ error: { code: "Big", message: "m".repeat(HUGE) } }),
  `<html><head><title>Big</title></head><body>${"<p>x</p>".repeat(HUGE / 8)}</body></html>`,
  JSON.stringify({
    error: {
      code: "C",
      message: "ok",
      details: Array.from({ length: 5000 }, (_, i) => ({ code: "D", message: `m${i}`, target: `t${i}` })),
    },
  }),
  `{"error":{"code":"Cut","message":"${"y".repeat(HUGE)}`,
);

const body = fc.oneof(
  { arbitrary: fc.string(), weight: 3 },
  { arbitrary: fc.string({ unit: "binary" }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme" }), weight: 1 },
  { arbitrary: fc.json(), weight: 3 },
  { arbitrary: fc.anything().map(stringify), weight: 2 },
  { arbitrary: envelopeLike, weight: 4 },
  { arbitrary: html, weight: 2 },
  { arbitrary: fc.constant(""), weight: 1 },
  { arbitrary: huge, weight: 1 },
);

function expectReadable(error: unknown, status: number) {
  expect(error).toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect(apiError.message.trim()).not.toBe("");
  expect(apiError.message.length).toBeLessThanOrEqual(700);
  expect(apiError.message).not.toMatch(/<\/?[a-z!][^<>]*>/i);
  expect(apiError.code.trim()).not.toBe("");
  expect(apiError.status).toBe(status);
  expect(Array.isArray(apiError.details)).toBe(true);
  for (const detail of apiError.details) {
    expect(typeof detail.code).toBe("string");
    expect(detail.message.trim()).not.toBe("");
  }
  if (apiError.retryAfterSeconds !== undefined) expect(apiError.retryAfterSeconds).toBeGreaterThanOrEqual(0);
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

describe("fuzzing error handling", () => {
  it(`apiErrorFromResponse turns ${RUNS} arbitrary responses into readable ApiErrors`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), headers, body, (status, headerMap, text) => {
        const error = apiErrorFromResponse(status, new Headers(headerMap), text);
        expectReadable(error, status);
      }),
      { numRuns: RUNS },
    );
  });

  it(`the http client turns ${RUNS} arbitrary failed or misshapen answers into ApiErrors`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 599 }),
        headers,
        body,
        fc.constantFrom("GET", "POST", "PATCH", "DELETE") as fc.Arbitrary<"GET" | "POST" | "PATCH" | "DELETE">,
        fc.boolean(),
        async (status, headerMap, text, method, renews) => {
          const fetchImpl = (async () =>
            new Response(NULL_BODY_STATUSES.has(status) ? null : text, { status, headers: headerMap })) as typeof fetch;
          const http = createHttpClient({
            baseUrl: "https://api.example.test",
            getAccessToken: async () => TOKEN,
            onUnauthorized: async () => renews,
            fetchImpl,
            sleep: async () => undefined,
            rateLimitGate: createRateLimitGate(),
          });
          let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
          try {
            outcome = {
              ok: true,
              value: await http.send({
                api: "accesscontrol",
                method,
                path: "/accesscontrol/itwins/x/members/users",
                schema: UserMembersResponse,
              }),
            };
          } catch (error) {
            outcome = { ok: false, error };
          }
          const is2xx = status >= 200 && status <= 299;
          if (outcome.ok) {
            // Only a 2xx whose body really matches the schema may succeed.
            expect(is2xx).toBe(true);
            expect(UserMembersResponse.safeParse(outcome.value).success).toBe(true);
            return;
          }
          expectReadable(outcome.error, status);
          const error = outcome.error as ApiError;
          expect(error.kind).toBe(is2xx ? "invalid-response" : "http");
          expect(JSON.stringify([error.message, error.code, error.target, error.details, error.correlationId])).not.toContain(TOKEN);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
