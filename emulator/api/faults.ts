// Faults on demand, applied to API requests before authentication like a gateway would: one-shot
// "fail the next matching request" rules first, then dropped connections, 429s and 5xx by fraction.
import { createPrng, type Prng } from "../data/prng";
import { RATE_LIMIT_BODIES } from "./errors";

export interface FaultSettings {
  /** Added to every API response, in milliseconds. */
  latencyMs: number;
  /** Fraction (0..1) of API requests answered 429. */
  rateLimitFraction: number;
  /** Retry-After on those 429s, in seconds. */
  retryAfterSeconds: number;
  /** Retry-After as delta seconds ("seconds") or as an HTTP-date ("http-date"). */
  retryAfterForm: "seconds" | "http-date";
  /** The 429 body: the newer RateLimitExceeded or the older TooManyRequests. */
  rateLimitCode: "RateLimitExceeded" | "TooManyRequests";
  /** Fraction (0..1) of API requests answered with serverErrorStatus. */
  serverErrorFraction: number;
  serverErrorStatus: number;
  /** "json": documented error envelope with the correlation id; "html": a gateway's HTML page. */
  serverErrorFormat: "json" | "html";
  /** Fraction (0..1) of API requests whose connection is destroyed without an answer. */
  dropFraction: number;
  /** Seed of the generator that picks which requests fail, so a fault run can be replayed. */
  seed: number;
}

export const DEFAULT_FAULTS: FaultSettings = {
  latencyMs: 0,
  rateLimitFraction: 0,
  retryAfterSeconds: 1,
  retryAfterForm: "seconds",
  rateLimitCode: "RateLimitExceeded",
  serverErrorFraction: 0,
  serverErrorStatus: 500,
  serverErrorFormat: "json",
  dropFraction: 0,
  seed: 1,
};

export interface FailRule {
  /** Method to match (any when absent), case-insensitive. */
  method?: string;
  /** Regular expression tested against the API path without prefix and against the full request url. */
  path: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail; default 1. */
  count?: number;
}

export type FaultAction =
  { kind: "drop" } | { kind: "reply"; status: number; body?: unknown; html?: string; headers: Record<string, string> };

export class Faults {
  settings: FaultSettings;
  rules: (FailRule & { remaining: number; regex: RegExp })[] = [];
  private rnd: Prng;

  constructor(initial: Partial<FaultSettings> = {}) {
    this.settings = sanitize({ ...DEFAULT_FAULTS, ...initial });
    this.rnd = createPrng(this.settings.seed);
  }

  merge(patch: Partial<FaultSettings>): void {
    const seedChanged = patch.seed !== undefined && patch.seed !== this.settings.seed;
    this.settings = sanitize({ ...this.settings, ...patch });
    if (seedChanged) this.rnd = createPrng(this.settings.seed);
  }

  clear(): void {
    this.settings = { ...DEFAULT_FAULTS };
    this.rnd = createPrng(this.settings.seed);
    this.rules = [];
  }

  addRule(rule: FailRule): void {
    this.rules.push({ ...rule, remaining: Math.max(1, Math.floor(rule.count ?? 1)), regex: new RegExp(rule.path) });
  }

  decide(method: string, path: string, url: string, correlationId: string): FaultAction | undefined {
    const rule = this.rules.find((r) => (!r.method || r.method.toUpperCase() === method) && (r.regex.test(path) || r.regex.test(url)));
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
      return typeof rule.body === "string"
        ? { kind: "reply", status: rule.status, html: rule.body, headers: { ...rule.headers } }
        : { kind: "reply", status: rule.status, body: rule.body, headers: { ...rule.headers } };
    }
    const s = this.settings;
    if (s.dropFraction > 0 && this.rnd.next() < s.dropFraction) return { kind: "drop" };
    if (s.rateLimitFraction > 0 && this.rnd.next() < s.rateLimitFraction) {
      const retryAfter =
        s.retryAfterForm === "http-date" ? new Date(Date.now() + s.retryAfterSeconds * 1000).toUTCString() : String(s.retryAfterSeconds);
      return { kind: "reply", status: 429, body: RATE_LIMIT_BODIES[s.rateLimitCode], headers: { "Retry-After": retryAfter } };
    }
    if (s.serverErrorFraction > 0 && this.rnd.next() < s.serverErrorFraction) {
      if (s.serverErrorFormat === "html")
        return { kind: "reply", status: s.serverErrorStatus, html: htmlErrorPage(s.serverErrorStatus), headers: {} };
      return { kind: "reply", status: s.serverErrorStatus, body: serverErrorBody(s.serverErrorStatus, correlationId), headers: {} };
    }
    return undefined;
  }
}

const REASONS: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function serverErrorBody(status: number, correlationId: string) {
  const code = (REASONS[status] ?? "Internal Server Error").replace(/ /g, "");
  return { error: { code, message: `The service could not process the request. Correlation id: ${correlationId}.`, correlationId } };
}

export function htmlErrorPage(status: number): string {
  const title = `${status} ${REASONS[status] ?? "Error"}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

function sanitize(s: FaultSettings): FaultSettings {
  const fraction = (v: unknown) => Math.min(1, Math.max(0, Number(v) || 0));
  return {
    latencyMs: Math.max(0, Number(s.latencyMs) || 0),
    rateLimitFraction: fraction(s.rateLimitFraction),
    retryAfterSeconds: Math.max(0, Math.floor(Number(s.retryAfterSeconds) || 0)),
    retryAfterForm: s.retryAfterForm === "http-date" ? "http-date" : "seconds",
    rateLimitCode: s.rateLimitCode === "TooManyRequests" ? "TooManyRequests" : "RateLimitExceeded",
    serverErrorFraction: fraction(s.serverErrorFraction),
    serverErrorStatus:
      Number.isInteger(Number(s.serverErrorStatus)) && Number(s.serverErrorStatus) >= 500 && Number(s.serverErrorStatus) <= 599
        ? Number(s.serverErrorStatus)
        : 500,
    serverErrorFormat: s.serverErrorFormat === "html" ? "html" : "json",
    dropFraction: fraction(s.dropFraction),
    seed: Math.floor(Number(s.seed) || 1),
  };
}
