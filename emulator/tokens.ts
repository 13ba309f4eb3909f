// Access-token verification for the API emulator: the same checks the real platform makes
// (signature, issuer, audience, expiry, scope), with jose. Any failure is a TokenRejected.
import { jwtVerify, type JWTPayload, type JWTVerifyGetKey, type CryptoKey, type KeyObject } from "jose";

export const API_AUDIENCE = "itwin-platform";
export const API_SCOPE = "itwin-platform";

export class TokenRejected extends Error {}

export interface VerifyOptions {
  key: JWTVerifyGetKey | CryptoKey | KeyObject | Uint8Array;
  issuer: string;
  /** Tokens issued before this (epoch seconds) are refused: the emulator's "expire all tokens now". */
  notBefore?: number;
  currentDate?: Date;
}

export async function verifyAccessToken(token: string, opts: VerifyOptions): Promise<JWTPayload & { sub: string }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, opts.key as JWTVerifyGetKey, {
      issuer: opts.issuer,
      audience: API_AUDIENCE,
      algorithms: ["RS256"],
      currentDate: opts.currentDate,
    }));
  } catch (e) {
    throw new TokenRejected(e instanceof Error ? e.message : "invalid token");
  }
  const scopes = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
  if (!scopes.includes(API_SCOPE)) throw new TokenRejected(`token lacks scope ${API_SCOPE}`);
  if (typeof payload.sub !== "string" || !payload.sub) throw new TokenRejected("token has no subject");
  if (opts.notBefore !== undefined && (payload.iat ?? 0) < opts.notBefore) throw new TokenRejected("token expired by the emulator");
  return payload as JWTPayload & { sub: string };
}
