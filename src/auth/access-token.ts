// Access tokens for the HTTP client: silent acquisition (cache, refresh token, hidden iframe). When the
// session is gone, the request does not fail: it waits on the session gate while the shell shows
// "Session expired — sign in again" (an interactive sign-in in a popup, so whatever the user is editing
// stays on the page), then continues with the new token. Only if nobody signs in does it give up.
import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import { sessionGate as defaultGate, type SessionGate } from "./session-gate";

export class SessionExpired extends Error {
  constructor() {
    super("Your session has expired. Sign in again to continue; your changes are kept.");
  }
}

export interface AccessTokenSourceOptions {
  gate?: SessionGate;
  /** How long a request waits for the person to sign in again before it fails. */
  signInWaitMs?: number;
}

const DEFAULT_SIGN_IN_WAIT_MS = 15 * 60_000;

/** MSAL's "a person has to act" errors (no or refused refresh token, login required) and its other coded errors. */
function needsInteraction(e: unknown): boolean {
  return e instanceof InteractionRequiredAuthError || typeof (e as { errorCode?: unknown } | null)?.errorCode === "string";
}

export function accessTokenSource(msal: IPublicClientApplication, scopes: string[], options: AccessTokenSourceOptions = {}) {
  const gate = options.gate ?? defaultGate;
  const signInWaitMs = options.signInWaitMs ?? DEFAULT_SIGN_IN_WAIT_MS;
  // offline_access is asked for at sign-in (it is what grants the refresh token) but not when the refresh
  // token is redeemed: a refresh request may only ask for scopes the refresh token carries, and identity
  // providers that grant offline_access implicitly (the local one, oidc-provider) leave it out of it.
  const silentScopes = scopes.filter((s) => s !== "offline_access");

  async function silent(forceRefresh: boolean): Promise<string> {
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    if (!account) throw new SessionExpired();
    const result = await msal.acquireTokenSilent({ scopes: silentScopes, account, forceRefresh });
    return result.accessToken;
  }

  async function acquire(forceRefresh: boolean): Promise<string> {
    try {
      return await silent(forceRefresh);
    } catch (e) {
      if (!(e instanceof SessionExpired) && !needsInteraction(e)) throw e;
    }
    try {
      await gate.waitForSignIn(scopes, signInWaitMs);
      // The interactive sign-in filled the cache: a plain silent call finds the new token.
      return await silent(false);
    } catch {
      throw new SessionExpired();
    }
  }

  // One renewal at a time: parallel 401s share it. The identity provider rotates refresh tokens, and a
  // second redemption of the same refresh token would be refused (or revoke the whole grant).
  let renewal: Promise<boolean> | null = null;

  // Requests that start together (the first screen's, in parallel) share one look-up of the token.
  let lookup: Promise<string> | null = null;
  const getAccessToken = (): Promise<string> => {
    lookup ??= acquire(false).finally(() => {
      lookup = null;
    });
    return lookup;
  };

  return {
    getAccessToken,
    /** After a 401: a fresh token (refresh token, or the person signing in again). True when one was obtained. */
    renew: (): Promise<boolean> => {
      renewal ??= acquire(true)
        .then(
          () => true,
          () => false,
        )
        .finally(() => {
          renewal = null;
        });
      return renewal;
    },
  };
}
