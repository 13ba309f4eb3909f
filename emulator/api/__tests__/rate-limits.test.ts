// @vitest-environment node
// Rate limits: Bentley's current header names, and a per-minute budget shared by every caller.
import { describe, expect, it } from "vitest";
import { RateBudget } from "../rate-budget";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const exceeded = {
  error: {
    code: "RateLimitExceeded",
    message: "The client sent more requests than allowed by this API for the current tier of the client.",
  },
};

describe("per-minute budget", () => {
  it("counts every caller against one budget, names the remaining calls and the tier, then answers 429 with Retry-After", async () => {
    await h.control("POST", "/settings", { rateLimitPerMinute: 3, rateLimitTier: "Community" });
    const remaining: (string | null)[] = [];
    for (const who of ["admin", "reader", "manager"] as const) {
      const r = await h.api("GET", "/users/me", { as: who });
      expect(r.status).toBe(200);
      expect(r.headers.get("iTwinPlatform-Tier")).toBe("Community");
      remaining.push(r.headers.get("iTwinPlatform-RateLimit-RemainingCalls"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const r = await h.api("GET", "/users/me", { as: "outsider" });
    expect([r.status, r.body]).toEqual([429, exceeded]);
    const retry = Number(r.headers.get("Retry-After"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(20);
    expect(r.headers.get("iTwinPlatform-RateLimit-Retry-After-Seconds")).toBe(String(retry));
    expect(r.headers.get("Access-Control-Expose-Headers")).toContain("iTwinPlatform-RateLimit-RemainingCalls");
  });

  it("is off by default: no budget headers", async () => {
    const r = await h.api("GET", "/users/me");
    expect(r.headers.get("iTwinPlatform-RateLimit-RemainingCalls")).toBeNull();
  });

  it("the random 429 fraction sends the same headers beside Retry-After", async () => {
    await h.control("POST", "/faults", { rateLimitFraction: 1, retryAfterSeconds: 4 });
    const r = await h.api("GET", "/users/me");
    expect(r.status).toBe(429);
    expect(r.headers.get("Retry-After")).toBe("4");
    expect(r.headers.get("iTwinPlatform-RateLimit-Retry-After-Seconds")).toBe("4");
    expect(r.headers.get("iTwinPlatform-RateLimit-RemainingCalls")).toBe("0");
    await h.control("DELETE", "/faults");
  });
});

describe("RateBudget (token bucket)", () => {
  it("starts full, refills continuously at the per-minute rate and never holds more than a minute's calls", () => {
    const b = new RateBudget();
    const t0 = 1_000_000;
    for (let i = 0; i < 500; i++) expect(b.take(500, t0).allowed).toBe(true);
    const refused = b.take(500, t0);
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    expect(b.take(500, t0 + 120).allowed).toBe(true); // 500/min = one call every 120 ms
    expect(b.take(500, t0 + 120).allowed).toBe(false);
    expect(b.take(500, t0 + 10 * 60_000).remaining).toBe(499);
  });

  it("tells how long until the next call with a small budget", () => {
    const b = new RateBudget();
    b.take(2, 0);
    b.take(2, 0);
    expect(b.take(2, 0).retryAfterSeconds).toBe(30);
  });
});
