// Scopes as IMS treats them: a scope the client is not registered for is refused with invalid_scope
// (oidc-provider would drop it silently), and a refresh token is issued only when the sign-in asked for
// offline_access and the client is registered for it.
import type { KoaContextWithOIDC } from "oidc-provider";
import { API_SCOPE } from "../tokens.ts";

const BASE_SCOPES = ["openid", "profile", "email", API_SCOPE];
const REMEMBERED = 1000;

export interface ScopePolicy {
  /** The scopes the client is registered for. */
  registered: readonly string[];
  /** Koa middleware for the provider: refuses unregistered scopes at the authorization endpoint. */
  middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;
  /** Whether the sign-in that produced this authorization code asked for offline_access. */
  askedForOfflineAccess: (codeChallenge: string | undefined) => boolean;
}

export function scopePolicy(opts: { offlineAccess: boolean; clientId: string; redirectUris: readonly string[] }): ScopePolicy {
  const registered = opts.offlineAccess ? [...BASE_SCOPES, "offline_access"] : BASE_SCOPES;
  // PKCE code challenge of each authorization request → whether it asked for offline_access. oidc-provider
  // keeps offline_access only under prompt=consent, so the request's own scope is remembered here.
  const offline = new Map<string, boolean>();

  const middleware: ScopePolicy["middleware"] = async (ctx, next) => {
    if (ctx.method === "GET" && ctx.path === "/auth") {
      const q = ctx.query as Record<string, string | undefined>;
      const scopes = String(q.scope ?? "")
        .split(" ")
        .filter(Boolean);
      const refused = scopes.filter((s) => !registered.includes(s));
      if (refused.length > 0 && q.client_id === opts.clientId && q.redirect_uri && opts.redirectUris.includes(q.redirect_uri)) {
        const params = new URLSearchParams({
          error: "invalid_scope",
          error_description: `Invalid scope for client! (${refused.join(" ")})`,
        });
        if (q.state) params.set("state", q.state);
        ctx.redirect(`${q.redirect_uri}${q.response_mode === "fragment" ? "#" : "?"}${params}`);
        return;
      }
      if (refused.length > 0) {
        ctx.status = 400;
        ctx.type = "text/plain";
        ctx.body = `invalid_scope: Invalid scope for client! (${refused.join(" ")})`;
        return;
      }
      if (q.code_challenge) {
        offline.set(q.code_challenge, scopes.includes("offline_access"));
        if (offline.size > REMEMBERED) offline.delete(offline.keys().next().value!);
      }
    }
    await next();
  };

  return {
    registered,
    middleware,
    askedForOfflineAccess: (challenge) => opts.offlineAccess && challenge !== undefined && offline.get(challenge) === true,
  };
}
