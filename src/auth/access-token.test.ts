import { describe, expect, it, vi } from "vitest";
import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import { accessTokenSource, SessionExpired } from "./access-token";
import { createSessionGate } from "./session-gate";

const account = { homeAccountId: "h", username: "ann@example.com" };

function fakeMsal(acquire: (forceRefresh: boolean) => Promise<string>) {
  const acquireTokenSilent = vi.fn(async (req: { forceRefresh?: boolean }) => ({ accessToken: await acquire(req.forceRefresh === true) }));
  const msal = {
    getActiveAccount: () => account,
    getAllAccounts: () => [account],
    acquireTokenSilent,
  } as unknown as IPublicClientApplication;
  return { msal, acquireTokenSilent };
}

describe("access tokens", () => {
  it("hands out the cached token and, after a 401, a force-refreshed one (without asking for offline_access again)", async () => {
    const { msal, acquireTokenSilent } = fakeMsal(async (force) => (force ? "fresh-token" : "cached-token"));
    const source = accessTokenSource(msal, ["itwin-platform", "openid", "offline_access"], { gate: createSessionGate() });
    await expect(source.getAccessToken()).resolves.toBe("cached-token");
    await expect(source.renew()).resolves.toBe(true);
    expect(acquireTokenSilent).toHaveBeenLastCalledWith(
      expect.objectContaining({ forceRefresh: true, scopes: ["itwin-platform", "openid"] }),
    );
  });

  it("renews silently with exactly the configured scopes when offline_access was never asked for", async () => {
    const { msal, acquireTokenSilent } = fakeMsal(async (force) => (force ? "renewed-by-iframe" : "cached-token"));
    const source = accessTokenSource(msal, ["itwin-platform", "openid", "profile"], { gate: createSessionGate() });
    await expect(source.renew()).resolves.toBe(true);
    await expect(source.getAccessToken()).resolves.toBe("cached-token");
    expect(acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({ forceRefresh: true, scopes: ["itwin-platform", "openid", "profile"] }),
    );
  });

  it("renews once for many parallel 401s: a refresh token is redeemed one time", async () => {
    let release!: () => void;
    const { msal, acquireTokenSilent } = fakeMsal((force) =>
      force ? new Promise((r) => (release = () => r("fresh"))) : Promise.resolve("cached"),
    );
    const source = accessTokenSource(msal, ["s"], { gate: createSessionGate() });
    const renewals = [source.renew(), source.renew(), source.renew()];
    await Promise.resolve();
    release();
    await expect(Promise.all(renewals)).resolves.toEqual([true, true, true]);
    expect(acquireTokenSilent.mock.calls.filter(([req]) => req.forceRefresh)).toHaveLength(1);
  });

  it("waits for an interactive sign-in when silent renewal is impossible, then continues with the new token", async () => {
    let signedIn = false;
    const { msal } = fakeMsal(async () => {
      if (!signedIn) throw new InteractionRequiredAuthError("login_required", "");
      return "after-popup-token";
    });
    const gate = createSessionGate();
    const source = accessTokenSource(msal, ["itwin-platform"], { gate });
    const renewed = source.renew();
    const token = source.getAccessToken();
    await vi.waitFor(() => expect(gate.getSnapshot()).toEqual({ scopes: ["itwin-platform"] }));
    signedIn = true;
    gate.signedInAgain();
    await expect(renewed).resolves.toBe(true);
    await expect(token).resolves.toBe("after-popup-token");
  });

  it("fails with SessionExpired when nobody signs in again in time", async () => {
    const { msal } = fakeMsal(async () => {
      throw new InteractionRequiredAuthError("login_required", "");
    });
    const source = accessTokenSource(msal, ["s"], { gate: createSessionGate(), signInWaitMs: 5 });
    await expect(source.getAccessToken()).rejects.toBeInstanceOf(SessionExpired);
    await expect(source.renew()).resolves.toBe(false);
  });

  it("passes other failures on without asking anyone to sign in", async () => {
    const gate = createSessionGate();
    const { msal } = fakeMsal(async () => {
      throw new TypeError("broken");
    });
    await expect(accessTokenSource(msal, ["s"], { gate }).getAccessToken()).rejects.toBeInstanceOf(TypeError);
    expect(gate.getSnapshot()).toBeNull();
  });
});
