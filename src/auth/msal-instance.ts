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
      // MSAL adds these to every request; offline_access is left to the requests that want it (sign-in
      // asks for it through loginScopes; redeeming a refresh token must not — see access-token.ts).
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

/** The scopes every token request asks for: the API scope plus OIDC basics and refresh tokens. */
export function loginScopes(config: RuntimeConfig): string[] {
  return [...new Set([...config.scopes, "openid", "profile", "email", "offline_access"])];
}
