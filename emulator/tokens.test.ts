// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import { SignJWT, generateKeyPair, type CryptoKey } from "jose";
import { TokenRejected, verifyAccessToken } from "./tokens";

const issuer = "https://localhost:4173/idp";
let privateKey: CryptoKey;
let publicKey: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  ({ privateKey, publicKey } = await generateKeyPair("RS256"));
  ({ privateKey: otherKey } = await generateKeyPair("RS256"));
});

function token(overrides: { iss?: string; aud?: string; scope?: string | null; exp?: number; iat?: number; key?: CryptoKey } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {};
  if (overrides.scope !== null) claims.scope = overrides.scope ?? "openid itwin-platform";
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setSubject("a0000000-0000-4000-8000-000000000001")
    .setIssuer(overrides.iss ?? issuer)
    .setAudience(overrides.aud ?? "itwin-platform")
    .setIssuedAt(overrides.iat ?? now)
    .setExpirationTime(overrides.exp ?? now + 3600)
    .sign(overrides.key ?? privateKey);
}

describe("access token verification", () => {
  it("accepts a token signed by the provider for the itwin-platform audience and scope", async () => {
    const payload = await verifyAccessToken(await token(), { key: publicKey, issuer });
    expect(payload.sub).toBe("a0000000-0000-4000-8000-000000000001");
  });

  it("rejects a tampered signature", async () => {
    const good = await token();
    const [h, p, s] = good.split(".");
    const flipped = s!.slice(0, -2) + (s!.endsWith("AA") ? "BB" : "AA");
    await expect(verifyAccessToken(`${h}.${p}.${flipped}`, { key: publicKey, issuer })).rejects.toBeInstanceOf(TokenRejected);
    // A payload swapped under a valid signature is refused too.
    const forged = Buffer.from(
      JSON.stringify({ sub: "someone-else", iss: issuer, aud: "itwin-platform", scope: "itwin-platform", exp: 9999999999 }),
    ).toString("base64url");
    await expect(verifyAccessToken(`${h}.${forged}.${s}`, { key: publicKey, issuer })).rejects.toBeInstanceOf(TokenRejected);
  });

  it("rejects a token signed by another key", async () => {
    await expect(verifyAccessToken(await token({ key: otherKey }), { key: publicKey, issuer })).rejects.toThrow(TokenRejected);
  });

  it("rejects a wrong issuer", async () => {
    await expect(verifyAccessToken(await token({ iss: "https://evil.example/idp" }), { key: publicKey, issuer })).rejects.toThrow(/iss/);
  });

  it("rejects a wrong audience", async () => {
    await expect(verifyAccessToken(await token({ aud: "some-other-api" }), { key: publicKey, issuer })).rejects.toThrow(/aud/);
  });

  it("rejects an expired token", async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    await expect(verifyAccessToken(await token({ iat: past, exp: past + 60 }), { key: publicKey, issuer })).rejects.toThrow(/exp/);
  });

  it("rejects a token without the itwin-platform scope", async () => {
    await expect(verifyAccessToken(await token({ scope: "openid profile" }), { key: publicKey, issuer })).rejects.toThrow(/scope/);
    await expect(verifyAccessToken(await token({ scope: null }), { key: publicKey, issuer })).rejects.toThrow(/scope/);
  });

  it("rejects tokens issued before the emulator expired all tokens", async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verifyAccessToken(await token({ iat: now - 10 }), { key: publicKey, issuer, notBefore: now })).rejects.toThrow(/expired/);
  });
});
