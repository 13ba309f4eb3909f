// Runtime configuration, read from /config.json at start so one build serves the local stack and real
// Bentley (replace the file at deploy time, no rebuild). Relative URLs resolve against the page origin.
import { z } from "zod";

// Set here too: the config is parsed at start, before the API schemas (wire.ts) may have loaded, and
// zod's eval probe would be a CSP violation (no 'unsafe-eval').
z.config({ jitless: true });

const url = z.string().min(1, "must not be empty");

export const RuntimeConfigSchema = z.object({
  /** OIDC authority (issuer). https://ims.bentley.com for Bentley, /idp for the local stack. */
  authority: url,
  clientId: z.string().min(1, "must not be empty"),
  /** What sign-in asks for; Bentley's SPA registration is for `itwin-platform` only. */
  scopes: z.array(z.string().min(1)).min(1, "must list at least one scope (itwin-platform)").default(["itwin-platform"]),
  /** https://api.bentley.com for Bentley, /api for the local stack. */
  apiBaseUrl: url,
  redirectUri: url.default("/redirect.html"),
  postLogoutRedirectUri: url.default("/signed-out"),
  /** The subscription tier's request budget per minute, which long crawls (the organization index) keep under. */
  requestsPerMinute: z.number().int().positive().default(500),
});
export type RuntimeConfigInput = z.input<typeof RuntimeConfigSchema>;

export interface RuntimeConfig {
  authority: string;
  clientId: string;
  scopes: string[];
  apiBaseUrl: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  requestsPerMinute: number;
}

export type ConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; problems: string[] };

function absolute(value: string, origin: string, field: string, problems: string[]): string {
  try {
    const resolved = new URL(value, origin);
    if (resolved.protocol !== "https:" && !(resolved.hostname === "localhost" && field === "apiBaseUrl")) {
      problems.push(`${field}: must be an https URL (got ${resolved.protocol.replace(":", "")}).`);
    }
    return resolved.href.replace(/\/$/, "");
  } catch {
    problems.push(`${field}: "${value}" is not a URL.`);
    return value;
  }
}

/** Validates a parsed config.json and resolves its URLs against the page origin. */
export function validateConfig(raw: unknown, origin: string): ConfigResult {
  const parsed = RuntimeConfigSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`) };
  }
  const problems: string[] = [];
  const c = parsed.data;
  const config: RuntimeConfig = {
    authority: absolute(c.authority, origin, "authority", problems),
    clientId: c.clientId,
    scopes: c.scopes,
    apiBaseUrl: absolute(c.apiBaseUrl, origin, "apiBaseUrl", problems),
    redirectUri: absolute(c.redirectUri, origin, "redirectUri", problems),
    postLogoutRedirectUri: absolute(c.postLogoutRedirectUri, origin, "postLogoutRedirectUri", problems),
    requestsPerMinute: c.requestsPerMinute,
  };
  return problems.length ? { ok: false, problems } : { ok: true, config };
}

export async function loadConfig(fetchImpl: typeof fetch = fetch, origin = window.location.origin): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetchImpl("/config.json", { cache: "no-store" });
  } catch {
    return { ok: false, problems: ["/config.json could not be loaded (network error)."] };
  }
  if (!response.ok) return { ok: false, problems: [`/config.json could not be loaded (HTTP ${response.status}).`] };
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { ok: false, problems: ["/config.json is not valid JSON."] };
  }
  return validateConfig(raw, origin);
}
