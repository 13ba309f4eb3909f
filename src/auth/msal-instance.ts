// The one MSAL instance, in OIDC protocol mode with PKCE (MSAL always uses S256), caching tokens in
// sessionStorage only. Created after the runtime config is validated.
import { BrowserCacheLocation, LogLevel, ProtocolMode, PublicClientApplication, type Configuration } from "@azure/msal-browser";
import type { RuntimeConfig } from "../config/runtime-config";

export function createMsalInstance(config: RuntimeConfig): PublicClientApplication {
  const authorityHost = new URL(config.authority).host;
  const msalConfig: Configuration = {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // Without this MSAL asks Microsoft's instance discovery about the authority and fails.
      knownAuthorities: [authorityHost],
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: config.postLogoutRedirectUri,
      // MSAL adds these to every request; offline_access only comes from config.json (see loginScopes;
      // redeeming a refresh token must not ask for it — see access-token.ts).
      OIDCOptions: { defaultScopes: ["openid", "profile"] },
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: {
      protocolMode: ProtocolMode.OIDC,
      loggerOptions: {
        // Log only error codes: MSAL messages are links, and tokens must never reach the console.
        logLevel: LogLevel.Error,
        piiLoggingEnabled: false,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii && level === LogLevel.Error) console.warn(`[auth] ${message.split(" ")[0] ?? "error"}`);
        },
      },
    },
  } as Configuration;
  return new PublicClientApplication(msalConfig);
}

/**
 * The scopes sign-in asks for: those config.json lists (Bentley's SPA registration grants
 * `itwin-platform` only, and IMS refuses a scope the client is not registered for) plus the OIDC basics
 * MSAL adds anyway. `offline_access` is asked for only when config.json lists it; without it renewal
 * goes through a hidden iframe on the identity provider's session instead of a refresh token.
 */
export function loginScopes(config: Pick<RuntimeConfig, "scopes">): string[] {
  return [...new Set([...config.scopes, "openid", "profile"])];
}
