// @vitest-environment node
// Scopes as IMS treats them: unregistered scopes refused with invalid_scope at the authorization
// endpoint, and refresh tokens only for sign-ins that asked for offline_access when it is allowed.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KoaContextWithOIDC } from "oidc-provider";
import { CLIENT_ID, createIdp } from "./provider";
import { scopePolicy } from "./scopes";

const ORIGIN = "https://localhost:4173";
const REDIRECT = `${ORIGIN}/redirect.html`;

async function startIdp(offlineAccess?: boolean): Promise<{ url: string; server: Server }> {
  const idp = await createIdp({ issuer: `${ORIGIN}/idp`, consoleOrigins: [ORIGIN], offlineAccess });
  const callback = idp.provider.callback();
  const server = createServer((req, res) => {
    req.headers["x-forwarded-proto"] = "https";
    void callback(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const authorize = (base: string, scope: string, extra: Record<string, string> = {}) =>
  fetch(
    `${base}/auth?${new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT,
      response_type: "code",
      scope,
      state: "s-1",
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      code_challenge_method: "S256",
      ...extra,
    })}`,
    { redirect: "manual" },
  );

describe("the local identity provider's scopes", () => {
  let idp: { url: string; server: Server };
  let noOffline: { url: string; server: Server };
  beforeAll(async () => {
    idp = await startIdp();
    noOffline = await startIdp(false);
  });
  afterAll(() => {
    idp.server.close();
    noOffline.server.close();
  });

  it("refuses a scope the client is not registered for: back to the redirect URI with invalid_scope and the state", async () => {
    const r = await authorize(idp.url, "openid itwin-platform itwins:read");
    const location = new URL(r.headers.get("location") ?? "", ORIGIN);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get("error")).toBe("invalid_scope");
    expect(location.searchParams.get("error_description")).toContain("itwins:read");
    expect(location.searchParams.get("state")).toBe("s-1");
  });

  it("answers in the fragment when the request asks for response_mode=fragment", async () => {
    const r = await authorize(idp.url, "itwin-platform nonsense", { response_mode: "fragment" });
    expect(r.headers.get("location")).toMatch(/^https:\/\/localhost:4173\/redirect\.html#error=invalid_scope/);
  });

  it("goes on to sign-in for registered scopes, offline_access included", async () => {
    const r = await authorize(idp.url, "openid profile email offline_access itwin-platform");
    expect(r.headers.get("location")).toMatch(/\/idp\/interaction\//);
  });

  it("refuses offline_access when the client is not registered for it", async () => {
    const refused = await authorize(noOffline.url, "itwin-platform offline_access");
    expect(new URL(refused.headers.get("location") ?? "", ORIGIN).searchParams.get("error")).toBe("invalid_scope");
    const ok = await authorize(noOffline.url, "itwin-platform");
    expect(ok.headers.get("location")).toMatch(/\/idp\/interaction\//);
  });
});

describe("refresh tokens", () => {
  const ctx = (query: Record<string, string>) => ({ method: "GET", path: "/auth", query }) as unknown as KoaContextWithOIDC;
  const base = { client_id: CLIENT_ID, redirect_uri: REDIRECT };

  it("are issued only for a sign-in that asked for offline_access", async () => {
    const policy = scopePolicy({ offlineAccess: true, clientId: CLIENT_ID, redirectUris: [REDIRECT] });
    await policy.middleware(ctx({ ...base, scope: "itwin-platform offline_access", code_challenge: "with" }), async () => {});
    await policy.middleware(ctx({ ...base, scope: "itwin-platform", code_challenge: "without" }), async () => {});
    expect(policy.askedForOfflineAccess("with")).toBe(true);
    expect(policy.askedForOfflineAccess("without")).toBe(false);
    expect(policy.askedForOfflineAccess(undefined)).toBe(false);
  });

  it("are never issued when offline_access is not allowed", async () => {
    const policy = scopePolicy({ offlineAccess: false, clientId: CLIENT_ID, redirectUris: [REDIRECT] });
    expect(policy.registered).not.toContain("offline_access");
    expect(policy.askedForOfflineAccess("anything")).toBe(false);
  });
});
