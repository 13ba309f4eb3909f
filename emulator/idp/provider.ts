// The local stand-in for Bentley IMS: a real OpenID Connect provider (oidc-provider) with one public SPA
// client, authorization code + PKCE (S256), RS256-signed JWT access tokens for the itwin-platform
// audience and scope, refresh tokens when offline_access is asked for (and allowed), unregistered scopes
// refused with invalid_scope, and password sign-in for the demo users.
import type Provider from "oidc-provider";
import type { Configuration, KoaContextWithOIDC } from "oidc-provider";
import { exportJWK, generateKeyPair, type CryptoKey } from "jose";
import { randomBytes } from "node:crypto";
import { DEMO_USERS } from "../demo-users.ts";
import { API_AUDIENCE, API_SCOPE } from "../tokens.ts";
import { errorPage, logoutPage, signedOutPage } from "./pages.ts";
import { loadOidcProvider } from "./load-oidc-provider.ts";
import { createMemoryAdapter } from "./memory-adapter.ts";
import { scopePolicy } from "./scopes.ts";

export const CLIENT_ID = "itwin-access-console";
export const CLIENT_NAME = "iTwin Access Console";
// The resource indicator the provider issues JWT access tokens for; the token's `aud` is API_AUDIENCE.
const RESOURCE = "urn:itwin-platform";

export interface Idp {
  provider: Provider;
  /** Public key that verifies the access tokens this provider signs. */
  publicKey: CryptoKey;
  issuer: string;
}

export interface IdpOptions {
  /** e.g. https://localhost:5443/idp — must equal the authority the console is configured with. */
  issuer: string;
  /** Origins the console is served from; the redirect URIs are derived from them. */
  consoleOrigins: string[];
  accessTokenTtlSeconds?: number;
  /** Whether the client is registered for offline_access (refresh tokens); default true. */
  offlineAccess?: boolean;
}

export async function createIdp(opts: IdpOptions): Promise<Idp> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "local-ims-1", alg: "RS256", use: "sig" };
  const redirectUris = opts.consoleOrigins.map((o) => `${o}/redirect.html`);
  const scopes = scopePolicy({ offlineAccess: opts.offlineAccess ?? true, clientId: CLIENT_ID, redirectUris });

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: CLIENT_NAME,
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: redirectUris,
        scope: scopes.registered.join(" "),
        post_logout_redirect_uris: opts.consoleOrigins.flatMap((o) => [`${o}/signed-out`, `${o}/`]),
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    findAccount: async (_ctx, id) => {
      const user = DEMO_USERS.find((u) => u.id === id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: user.email,
          email_verified: true,
          name: `${user.givenName} ${user.surname}`,
          given_name: user.givenName,
          family_name: user.surname,
          org_name: user.organization,
        }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "given_name", "family_name", "org_name"] },
    scopes: ["openid", "profile", "email", "offline_access", API_SCOPE],
    interactions: { url: (_ctx, interaction) => `/idp/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    // The console calls the token endpoint from its own origin(s): allow CORS for exactly those.
    clientBasedCORS: (_ctx, origin) => opts.consoleOrigins.includes(origin),
    // A refresh token when the sign-in asked for offline_access and the client may have one (without
    // forcing prompt=consent, which oidc-provider would otherwise need to keep offline_access).
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed("refresh_token") && scopes.askedForOfflineAccess((code as { codeChallenge?: string }).codeChallenge),
    ttl: {
      AccessToken: opts.accessTokenTtlSeconds ?? 3600,
      IdToken: 3600,
      AuthorizationCode: 60,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 24 * 3600,
      RefreshToken: 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = "html";
          ctx.body = logoutPage(form, ctx.host);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.type = "html";
          ctx.body = signedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: API_SCOPE,
            audience: API_AUDIENCE,
            accessTokenFormat: "jwt",
            accessTokenTTL: opts.accessTokenTtlSeconds ?? 3600,
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage(String(out.error ?? "error"), out.error_description ? String(out.error_description) : undefined);
    },
  };

  const { default: OidcProvider } = await loadOidcProvider();
  const provider: Provider = new OidcProvider(opts.issuer, configuration);
  // Behind our own HTTPS server: trust X-Forwarded-* so discovery advertises https endpoints.
  provider.proxy = true;
  provider.use(scopes.middleware);
  return { provider, publicKey, issuer: opts.issuer };
}
