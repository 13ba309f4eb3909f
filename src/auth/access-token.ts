// Access tokens for the HTTP client: silent acquisition (cache, refresh token, hidden iframe). When the
// session is gone, the caller gets a SessionExpired error and the shell offers an interactive sign-in
// in a popup, so whatever the user is editing stays on the page.
import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";

export class SessionExpired extends Error {
  constructor() {
    super("Your session has expired. Sign in again to continue; your changes are kept.");
  }
}

export function accessTokenSource(msal: IPublicClientApplication, scopes: string[]) {
  async function acquire(forceRefresh: boolean): Promise<string> {
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    if (!account) throw new SessionExpired();
    try {
      const result = await msal.acquireTokenSilent({ scopes, account, forceRefresh });
      return result.accessToken;
    } catch (e) {
      if (e instanceof InteractionRequiredAuthError || (e as { errorCode?: string }).errorCode) throw new SessionExpired();
      throw e;
    }
  }
  return {
    getAccessToken: () => acquire(false),
    /** After a 401: try a fresh token once. True when one was obtained. */
    renew: async () => {
      try {
        await acquire(true);
        return true;
      } catch {
        return false;
      }
    },
  };
}
