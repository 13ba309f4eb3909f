// The embedded local stack on one origin: /idp (identity provider), /api (API emulator) and
// /__emulator (fault and data controls). One origin means no CORS, first-party IdP cookies for
// silent renewal, and an https authority that MSAL accepts.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createIdp, type Idp } from "./idp/provider.ts";
import { handleInteraction } from "./idp/interactions.ts";
import { verifyAccessToken } from "./tokens.ts";
import { createEmulator, type Emulator, type EmulatorOptions } from "./api/create-emulator.ts";

export interface StackOptions {
  /** The public https origin, e.g. https://localhost:4173 */
  origin: string;
  /** Other origins the console may be served from (e.g. the Vite dev server). */
  extraConsoleOrigins?: string[];
  preset?: EmulatorOptions["preset"];
  faults?: EmulatorOptions["faults"];
  settings?: EmulatorOptions["settings"];
  accessTokenTtlSeconds?: number;
  /** Whether the console's client is registered for offline_access (refresh tokens); default true. */
  offlineAccess?: boolean;
}

export interface Stack {
  idp: Idp;
  emulator: Emulator;
  /** Handles the stack's paths; resolves false when the request is not for the stack. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export async function createStack(opts: StackOptions): Promise<Stack> {
  const issuer = `${opts.origin}/idp`;
  const idp = await createIdp({
    issuer,
    consoleOrigins: [opts.origin, ...(opts.extraConsoleOrigins ?? [])],
    accessTokenTtlSeconds: opts.accessTokenTtlSeconds,
    offlineAccess: opts.offlineAccess,
  });
  const emulator = createEmulator({
    preset: opts.preset,
    faults: opts.faults,
    settings: opts.settings,
    verifyToken: (token, notBefore) => verifyAccessToken(token, { key: idp.publicKey, issuer, notBefore }),
  });
  const idpCallback = idp.provider.callback();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = req.url ?? "/";
    if (url === "/idp" || url.startsWith("/idp/") || url.startsWith("/idp?")) {
      if (await handleInteraction(idp.provider, req, res)) return true;
      // The provider is mounted under /idp: hand it the path without the prefix, keeping the
      // original for the URLs it builds (cookie paths, resume URLs).
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = url.slice(4) || "/";
      await idpCallback(req, res);
      return true;
    }
    if (url === "/api" || url.startsWith("/api/")) {
      await emulator.handleApi(req, res, { apiPrefix: "/api", publicOrigin: opts.origin });
      return true;
    }
    if (url.startsWith("/__emulator")) {
      await emulator.handleControl(req, res);
      return true;
    }
    return false;
  }
  return { idp, emulator, handle };
}
