// Test harness: a real http server around the emulator, real RS256 tokens verified by ../../tokens.ts.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, generateKeyPair } from "jose";
import { demoUser, type DemoUserKey } from "../../demo-users";
import { verifyAccessToken } from "../../tokens";
import { emulatorControls, fetchTransport, type EmulatorControls } from "../control-client";
import { createEmulator, type Emulator, type EmulatorOptions } from "../create-emulator";

export const ISSUER = "https://localhost:5443/idp";

// Tests read answer bodies freely (r.body.error.code); the contract assertions check their shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBody = any;

export interface ApiResult<T = AnyBody> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface Harness {
  origin: string;
  emulator: Emulator;
  mint(sub: string, claims?: { iat?: number; exp?: number; aud?: string; scope?: string; issuer?: string }): Promise<string>;
  token(user: DemoUserKey): Promise<string>;
  api<T = AnyBody>(
    method: string,
    path: string,
    opts?: { as?: DemoUserKey | null; body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<ApiResult<T>>;
  /** The emulator's controls, through the same typed client e2e and the bench use. */
  controls: EmulatorControls;
  /** A raw control request, for controls the typed client has no method for. */
  control(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startHarness(opts: Partial<Omit<EmulatorOptions, "verifyToken">> = {}): Promise<Harness> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const emulator = createEmulator({
    ...opts,
    verifyToken: (token, notBefore) => verifyAccessToken(token, { key: publicKey, issuer: ISSUER, notBefore }),
  });
  let origin = "";
  const server: Server = createServer((req, res) => {
    const p = req.url?.startsWith("/__emulator")
      ? emulator.handleControl(req, res)
      : emulator.handleApi(req, res, { apiPrefix: "/api", publicOrigin: origin });
    p.catch((e) => {
      console.error(e);
      res.destroy();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const mint: Harness["mint"] = (sub, c = {}) => {
    const iat = c.iat ?? Math.floor(Date.now() / 1000);
    return (
      new SignJWT({ scope: c.scope ?? "itwin-platform" })
        .setProtectedHeader({ alg: "RS256" })
        .setIssuer(c.issuer ?? ISSUER)
        .setAudience(c.aud ?? "itwin-platform")
        .setSubject(sub)
        .setIssuedAt(iat)
        // Like the real provider's tokens: unique even when minted in the same second for the same user.
        .setJti(crypto.randomUUID())
        .setExpirationTime(c.exp ?? iat + 3600)
        .sign(privateKey)
    );
  };
  const tokens = new Map<DemoUserKey, string>();
  const token = async (user: DemoUserKey) => {
    if (!tokens.has(user)) tokens.set(user, await mint(demoUser(user).id));
    return tokens.get(user)!;
  };
  const toResult = async (res: Response): Promise<ApiResult> => {
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (an HTML error page): the test reads `text`.
    }
    return { status: res.status, headers: res.headers, body, text };
  };
  const api: Harness["api"] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { Accept: "application/vnd.bentley.itwin-platform.v2+json", ...o.headers };
    const as = o.as === undefined ? "admin" : o.as;
    if (as !== null && !Object.keys(headers).some((k) => k.toLowerCase() === "authorization"))
      headers.Authorization = `Bearer ${await token(as)}`;
    let body: string | undefined = o.raw;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers["Content-Type"] = "application/json";
    }
    const url = path.startsWith("http") ? path : `${origin}/api${path}`;
    return toResult(await fetch(url, { method, headers, body }));
  };
  const transport = fetchTransport(origin);
  const controls = emulatorControls(transport);
  return {
    control: transport,
    origin,
    emulator,
    mint,
    token,
    api,
    controls,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * One emulator per test file, reset to fresh seed data before each test. The returned harness forwards
 * to the instance beforeAll starts, so test files can use it as a plain const.
 */
export function freshHarnessPerTest(opts: Partial<Omit<EmulatorOptions, "verifyToken">> = {}): Harness {
  let instance: Harness | undefined;
  beforeAll(async () => {
    instance = await startHarness(opts);
  });
  afterAll(() => instance?.close());
  beforeEach(async () => {
    await instance!.controls.resetAll();
    await instance!.controls.clearSettings();
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      const value = (instance as unknown as Record<PropertyKey, unknown>)[key];
      return typeof value === "function" ? value.bind(instance) : value;
    },
  });
}
