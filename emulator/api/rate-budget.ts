// A per-minute request budget shared by every caller, as Bentley counts requests per subscription: a
// token bucket holding one minute's allowance that refills continuously.

export const RATE_LIMIT_HEADERS = {
  remaining: "iTwinPlatform-RateLimit-RemainingCalls",
  retryAfter: "iTwinPlatform-RateLimit-Retry-After-Seconds",
  tier: "iTwinPlatform-Tier",
} as const;

export interface BudgetDecision {
  allowed: boolean;
  /** Whole calls left after this one. */
  remaining: number;
  /** Seconds until one call is available again (0 when allowed). */
  retryAfterSeconds: number;
}

export class RateBudget {
  private perMinute = 0;
  private tokens = 0;
  private last = 0;

  /** Takes one call from a budget of perMinute calls per minute (a new perMinute starts a full bucket). */
  take(perMinute: number, now: number): BudgetDecision {
    if (perMinute !== this.perMinute) {
      this.perMinute = perMinute;
      this.tokens = perMinute;
      this.last = now;
    }
    const perMs = perMinute / 60_000;
    this.tokens = Math.min(perMinute, this.tokens + (now - this.last) * perMs);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { allowed: true, remaining: Math.floor(this.tokens), retryAfterSeconds: 0 };
    }
    return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / perMs / 1000)) };
  }

  reset(): void {
    this.perMinute = 0;
  }
}
