// The API emulator behind the local https server: routes Access Control v2, EDFS, iTwins and Users
// requests against in-memory seeded state, with fault injection and an unauthenticated control API.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { seedPreset } from "../data/seed-preset";
import type { Store } from "../data/store";
import { handleControlRequest } from "./control";
import { HttpError, errors, RATE_LIMIT_BODIES } from "./errors";
import { Faults, serverErrorBody, type FaultSettings } from "./faults";
import { Router, type Caller, type RequestContext } from "./http";
import { RATE_LIMIT_HEADERS, RateBudget } from "./rate-budget";
import { DEFAULT_SETTINGS, mergeSettings, PRESET_SETTINGS, settingsForPreset, type BehaviourSettings } from "./settings";
import { parseJson, readBody, sendHtml, sendJson, setCommonHeaders } from "./respond";
import { registerEdfs } from "./routes/edfs";
import { registerGroupMembers } from "./routes/group-members";
import { registerGroups } from "./routes/groups";
import { registerInvitations } from "./routes/invitations";
import { registerJobs } from "./routes/jobs";
import { registerShares } from "./routes/shares";
import { registerITwins } from "./routes/itwins";
import { registerOwners } from "./routes/owners";
import { registerPermissions } from "./routes/permissions";
import { registerRoles } from "./routes/roles";
import { registerUserMembers } from "./routes/user-members";
import { registerUsers } from "./routes/users";

export type { FaultSettings, FailRule } from "./faults";
export type { BehaviourSettings } from "./settings";
export type Preset = Store["preset"];

export interface EmulatorOptions {
  preset?: Preset;
  /** Verifies the raw bearer token (without "Bearer "); resolves the payload or throws TokenRejected (from ../tokens.ts). `notBefore` is the emulator's tokensValidAfter. */
  verifyToken: (token: string, notBefore?: number) => Promise<{ sub: string; iat?: number }>;
  faults?: Partial<FaultSettings>;
  /** Start values of the behaviour settings; invalid values are ignored. */
  settings?: Partial<Record<keyof BehaviourSettings, unknown>>;
}

export interface Emulator {
  /** req.url is the FULL url, e.g. "/api/accesscontrol/itwins/{id}/roles?x" ; apiPrefix is "/api". publicOrigin e.g. "https://localhost:5443" is used for absolute _links (href = publicOrigin + apiPrefix + path). */
  handleApi(req: IncomingMessage, res: ServerResponse, ctx: { apiPrefix: string; publicOrigin: string }): Promise<void>;
  /** req.url starts with "/__emulator" */
  handleControl(req: IncomingMessage, res: ServerResponse): Promise<void>;
  reset(preset?: Preset): void;
}

export interface LoggedRequest {
  seq: number;
  time: string;
  method: string;
  url: string;
  /** 0 when the connection was dropped on purpose. */
  status: number;
}

/** Mutable state shared with the control API. */
export interface EmulatorState {
  store: Store;
  faults: Faults;
  /** Behaviour choices (settings.ts); reset to the start values by DELETE /__emulator/settings. */
  settings: BehaviourSettings;
  /** The start values for the current preset (the preset's own settings, then the emulator's options). */
  initialSettings: BehaviourSettings;
  budget: RateBudget;
  /** Epoch seconds; tokens issued before it are refused ("expire all tokens now"). */
  tokensValidAfter: number | undefined;
  /**
   * `iat` has whole seconds, so tokens issued in the second of an expiry are told apart by use: those
   * presented before the expiry are revoked, those first seen after it (a renewal) are accepted.
   */
  seenTokens: Set<string>;
  revokedTokens: Set<string>;
  /** Runs an API request as the given user (control API "act as"). */
  actAs: (
    userId: string,
    method: string,
    pathWithQuery: string,
    body: unknown,
    where: { apiPrefix: string; publicOrigin: string },
  ) => Promise<{ status: number; body: unknown }>;
  log: LoggedRequest[];
  seq: number;
  reset(preset?: Preset): void;
}

const MAX_LOG = 5000;

export function createEmulator(opts: EmulatorOptions): Emulator {
  const router = new Router();
  registerPermissions(router);
  registerRoles(router);
  registerUserMembers(router);
  registerGroupMembers(router);
  registerOwners(router);
  registerInvitations(router);
  registerGroups(router);
  registerJobs(router);
  registerShares(router);
  registerEdfs(router);
  registerITwins(router);
  registerUsers(router);

  const seed = seedPreset;
  const startSettings = (preset: Preset) =>
    mergeSettings(mergeSettings(DEFAULT_SETTINGS, PRESET_SETTINGS[preset] ?? {}), opts.settings ?? {});
  const state: EmulatorState = {
    store: seed(opts.preset ?? "demo"),
    faults: new Faults(opts.faults),
    settings: startSettings(opts.preset ?? "demo"),
    initialSettings: startSettings(opts.preset ?? "demo"),
    budget: new RateBudget(),
    tokensValidAfter: undefined,
    seenTokens: new Set(),
    revokedTokens: new Set(),
    actAs: async () => ({ status: 500, body: null }),
    log: [],
    seq: 0,
    reset(preset) {
      const from = state.store.preset;
      const to = preset ?? from;
      state.store = seed(to);
      state.initialSettings = startSettings(to);
      state.settings = settingsForPreset(state.settings, state.initialSettings, from, to);
      state.faults.rules = [];
    },
  };

  const record = (method: string, url: string, status: number) => {
    state.seq += 1;
    state.log.push({ seq: state.seq, time: new Date().toISOString(), method, url, status });
    if (state.log.length > MAX_LOG) state.log.splice(0, state.log.length - MAX_LOG);
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, where: { apiPrefix: string; publicOrigin: string }): Promise<void> {
    const correlationId = randomUUID();
    const method = (req.method ?? "GET").toUpperCase();
    const url = req.url ?? "/";
    setCommonHeaders(req, res, correlationId);
    if (method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    const parsed = new URL(url, "http://emulator.invalid");
    const path = stripPrefix(parsed.pathname, where.apiPrefix);
    const rawBody = await readBody(req);

    if (state.faults.settings.latencyMs > 0) await sleep(state.faults.settings.latencyMs);
    const fault = state.faults.decide(method, path, url, correlationId);
    if (fault?.kind === "drop") {
      record(method, url, 0);
      req.socket.destroy();
      return;
    }
    if (fault) {
      const body = fault.body ?? (fault.html === undefined ? defaultFaultBody(fault.status, correlationId) : undefined);
      const headers =
        fault.status === 429 && !hasHeader(fault.headers, "retry-after") ? { ...fault.headers, "Retry-After": "1" } : fault.headers;
      if (fault.status === 429) Object.assign(headers, rateLimitedHeaders(headers, state.settings.rateLimitTier));
      if (fault.html !== undefined) sendHtml(res, fault.status, fault.html, headers);
      else sendJson(res, fault.status, body, headers);
      record(method, url, fault.status);
      return;
    }

    const perMinute = state.settings.rateLimitPerMinute;
    if (perMinute > 0) {
      const d = state.budget.take(perMinute, Date.now());
      res.setHeader(RATE_LIMIT_HEADERS.tier, state.settings.rateLimitTier);
      res.setHeader(RATE_LIMIT_HEADERS.remaining, String(d.remaining));
      if (!d.allowed) {
        const seconds = String(d.retryAfterSeconds);
        sendJson(res, 429, RATE_LIMIT_BODIES[state.faults.settings.rateLimitCode], {
          "Retry-After": seconds,
          [RATE_LIMIT_HEADERS.retryAfter]: seconds,
        });
        record(method, url, 429);
        return;
      }
    }

    let status: number;
    try {
      const caller = await authenticate(req);
      const reply = await dispatch(caller, method, path, parsed.searchParams, req.headers, parseJson(rawBody), where);
      status = reply.status;
      sendJson(res, reply.status, reply.body, reply.headers ?? {});
    } catch (e) {
      if (e instanceof HttpError) {
        status = e.status;
        sendJson(res, e.status, e.body, e.headers);
      } else {
        status = 500;
        console.error(`[emulator] ${method} ${url} failed (correlation id ${correlationId}):`, e);
        sendJson(res, 500, serverErrorBody(500, correlationId), {});
      }
    }
    record(method, url, status);
  }

  /** Routes an authenticated request; throws HttpError for the documented error answers. */
  async function dispatch(
    caller: Caller,
    method: string,
    path: string,
    query: URLSearchParams,
    headers: IncomingMessage["headers"],
    body: unknown,
    where: { apiPrefix: string; publicOrigin: string },
  ) {
    const match = router.match(method, path);
    if (match === undefined || match === "method") throw errors.resourceNotFound();
    const ctx: RequestContext = {
      method,
      path,
      query,
      headers,
      body,
      caller,
      store: state.store,
      settings: state.settings,
      params: match.params,
      absolute: (p) => `${where.publicOrigin}${where.apiPrefix}${p}`,
      now: Date.now(),
    };
    return match.handler(ctx);
  }

  // Test set-up "as another person" (e.g. another administrator changing a role meanwhile): the same
  // routing and permission checks as a real request, without a token and without a request-log entry.
  state.actAs = async (userId, method, pathWithQuery, body, where) => {
    const user = state.store.users.get(userId.toLowerCase());
    const caller: Caller = { id: userId.toLowerCase(), user, orgAdmin: user?.orgAdmin === true };
    const parsed = new URL(pathWithQuery, "http://emulator.invalid");
    try {
      const reply = await dispatch(caller, method.toUpperCase(), parsed.pathname, parsed.searchParams, {}, body, where);
      return { status: reply.status, body: reply.body };
    } catch (e) {
      if (e instanceof HttpError) return { status: e.status, body: e.body };
      throw e;
    }
  };

  async function authenticate(req: IncomingMessage): Promise<Caller> {
    const header = req.headers.authorization;
    if (header === undefined || header.trim() === "") throw errors.headerNotFound();
    const [, scheme = "", token = ""] = /^\s*(\S+)\s*(.*)$/.exec(header) ?? [];
    if (scheme.toLowerCase() !== "bearer") throw errors.invalidScheme(scheme);
    if (token.trim() === "") throw errors.unauthorized();
    let payload: { sub: string; iat?: number };
    try {
      payload = await opts.verifyToken(token.trim(), state.tokensValidAfter);
    } catch {
      throw errors.unauthorized();
    }
    // Checked here too so expiry holds whatever verifyToken does with notBefore.
    if (state.tokensValidAfter !== undefined && (payload.iat ?? 0) < state.tokensValidAfter) throw errors.unauthorized();
    if (state.revokedTokens.has(token.trim())) throw errors.unauthorized();
    if (state.seenTokens.size > 10_000) state.seenTokens.clear();
    state.seenTokens.add(token.trim());
    const user = state.store.users.get(payload.sub.toLowerCase());
    return { id: payload.sub.toLowerCase(), user, orgAdmin: user?.orgAdmin === true };
  }

  return {
    handleApi,
    handleControl: async (req, res) => {
      setCommonHeaders(req, res, randomUUID());
      await handleControlRequest(req, res, state, await readBody(req));
    },
    reset: (preset) => state.reset(preset),
  };
}

function defaultFaultBody(status: number, correlationId: string): unknown {
  if (status === 429) return RATE_LIMIT_BODIES.RateLimitExceeded;
  if (status >= 500) return serverErrorBody(status, correlationId);
  return undefined;
}

/** The current rate-limit headers beside Retry-After on a 429 of the random fraction. */
function rateLimitedHeaders(headers: Record<string, string>, tier: string): Record<string, string> {
  const retryAfter = Object.entries(headers).find(([k]) => k.toLowerCase() === "retry-after")?.[1] ?? "1";
  const seconds = /^\d+$/.test(retryAfter) ? retryAfter : String(Math.max(0, Math.ceil((Date.parse(retryAfter) - Date.now()) / 1000)));
  return { [RATE_LIMIT_HEADERS.retryAfter]: seconds, [RATE_LIMIT_HEADERS.remaining]: "0", [RATE_LIMIT_HEADERS.tier]: tier };
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}

function stripPrefix(pathname: string, prefix: string): string {
  if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return pathname.slice(prefix.length) || "/";
  return pathname;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
