// The one typed client of the emulator's controls (/__emulator, see control.ts). It knows nothing of
// how a request travels: e2e passes Playwright's request context, the bench node https, the emulator's
// own tests fetch. `actAs` is typed by the operation catalogue, so set-up requests name what they do.
import type { AnyOperation, BodyOf, ParamsOf, ResponseOf } from "../../src/api/operations/define";
import { pathOf } from "../../src/api/operations/define";
import type { ErrorBody } from "../../src/api/wire";
import type { DemoUserKey } from "../demo-users";
import type { LoggedRequest } from "./create-emulator";
import type { FailRule, FaultSettings } from "./faults";
import type { BehaviourSettings } from "./settings";

export type { FailRule, FaultSettings, LoggedRequest };
export type EmulatorSettings = BehaviourSettings;
export type Preset = "demo" | "large" | "org" | "org-small" | "org-plans";

/** The next `count` (default 1) job actions for `email` (of `action`, any when absent) fail with `ActionFailed`. */
export interface JobActionFailure {
  email: string;
  action?: "assignRoles" | "unassignRoles" | "removeMembers";
  count?: number;
}

export interface UserProfileChange {
  givenName?: string;
  surname?: string;
  organization?: string;
}

export interface InvitationChange {
  newEmail?: string;
  invitedByEmail?: string;
}

/** Sends one control request; `path` is below /__emulator (e.g. "/faults"). */
export type ControlTransport = (
  method: "GET" | "POST" | "DELETE",
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown }>;

export interface EmulatorState {
  preset: Preset;
  faults: FaultSettings;
  tokensValidAfter: number | null;
  failNext: (FailRule & { remaining: number })[];
  lastRequestSeq: number;
}

export interface RequestLog {
  requests: LoggedRequest[];
  lastRequestSeq: number;
}

/** What an operation answered when run as someone else: its documented body, or an error body. */
export type ActAsResult<O extends AnyOperation> =
  { status: 200 | 201 | 204; body: ResponseOf<O> } | { status: number; body: ErrorBody | ResponseOf<O> };

export interface ActAsOptions<O extends AnyOperation> {
  body?: BodyOf<O>;
  query?: Record<string, string | number>;
}

export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} failed: HTTP ${status} ${JSON.stringify(body)}`);
  }
}

export interface EmulatorControls {
  state(): Promise<EmulatorState>;
  /** Merges these settings into the current ones. */
  setFaults(faults: Partial<FaultSettings>): Promise<EmulatorState>;
  /** No faults, no pending fail-next rules, no expired tokens. */
  clearFaults(): Promise<EmulatorState>;
  /** The next request(s) whose method + path (a regular expression) match get this answer instead. */
  failNext(rule: FailRule): Promise<EmulatorState>;
  /** Every token issued so far is refused from now on (renewed ones work). */
  expireTokens(): Promise<EmulatorState>;
  /** Fresh seeded data (the current preset unless one is given); faults stay as they are. */
  reset(preset?: Preset): Promise<EmulatorState>;
  /** clearFaults then reset: the usual start of a test. */
  resetAll(preset?: Preset): Promise<EmulatorState>;
  /** Requests answered after `since` (a lastRequestSeq). */
  requests(since?: number): Promise<RequestLog>;
  clearRequests(): Promise<RequestLog>;
  /** Merges these behaviour settings (see settings.ts) into the current ones. */
  setSettings(settings: Partial<EmulatorSettings>): Promise<EmulatorSettings>;
  /** The start values of every behaviour setting. */
  clearSettings(): Promise<EmulatorSettings>;
  /** Applies every Active job now instead of after the `jobDelayMs` setting. */
  runJobs(): Promise<{ ran: number }>;
  /** Makes a coming job action fail, as the service reports an action it could not apply. */
  failJobAction(rule: JobActionFailure): Promise<unknown>;
  /** Ends the subscription to an EDFS package (as its owner does in the EDFS portal): it and its assignments are gone. */
  unsubscribePackage(uniqueName: string): Promise<{ unsubscribed: string }>;
  /** Gives an iTwin another display name, as someone may in the iTwins portal. */
  renameITwin(iTwinId: string, displayName: string): Promise<{ id: string; displayName: string }>;
  /** Changes a person's profile (by demo key, id or e-mail), as the identity directory may. */
  renameUser(user: DemoUserKey | string, profile: UserProfileChange): Promise<{ id: string } & UserProfileChange>;
  /** Changes the e-mail (or the inviter's e-mail) an iTwin's pending invitations of `email` show. */
  renameInvitation(iTwinId: string, email: string, change: InvitationChange): Promise<{ renamed: number }>;
  /** Runs an operation as a demo user (or a user id), with the same routing and checks, unlogged. */
  actAs<O extends AnyOperation>(user: DemoUserKey | string, op: O, params: ParamsOf<O>, options?: ActAsOptions<O>): Promise<ActAsResult<O>>;
  /** Like actAs, but fails unless the answer is a 2xx; resolves the answer's body. */
  actAsOk<O extends AnyOperation>(
    user: DemoUserKey | string,
    op: O,
    params: ParamsOf<O>,
    options?: ActAsOptions<O>,
  ): Promise<ResponseOf<O>>;
}

export function emulatorControls(send: ControlTransport): EmulatorControls {
  async function call<T>(what: string, method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<T> {
    const answer = await send(method, path, body);
    if (answer.status >= 400) throw new ControlError(answer.status, answer.body, what);
    return answer.body as T;
  }

  const actAs: EmulatorControls["actAs"] = (user, op, params, options = {}) => {
    const query = Object.entries(options.query ?? {});
    const search = query.length ? `?${new URLSearchParams(query.map(([k, v]) => [k, String(v)])).toString()}` : "";
    return call("act-as", "POST", "/act-as", { user, method: op.method, path: pathOf(op, params) + search, body: options.body });
  };

  const controls: EmulatorControls = {
    state: () => call("reading the state", "GET", "/state"),
    setFaults: (faults) => call("setting faults", "POST", "/faults", faults),
    clearFaults: () => call("clearing faults", "DELETE", "/faults"),
    failNext: (rule) => call("arming fail-next", "POST", "/fail-next", rule),
    expireTokens: () => call("expiring tokens", "POST", "/expire-tokens"),
    reset: (preset) => call("resetting data", "POST", "/reset", preset === undefined ? {} : { preset }),
    resetAll: async (preset) => {
      await controls.clearFaults();
      return controls.reset(preset);
    },
    requests: (since = 0) => call("reading the request log", "GET", `/requests?since=${since}`),
    clearRequests: () => call("clearing the request log", "DELETE", "/requests"),
    setSettings: (settings) => call("changing settings", "POST", "/settings", settings),
    clearSettings: () => call("restoring settings", "DELETE", "/settings"),
    runJobs: () => call("running the jobs", "POST", "/run-jobs"),
    failJobAction: (rule) => call("arming a job action failure", "POST", "/fail-job-action", rule),
    unsubscribePackage: (uniqueName) => call("unsubscribing a package", "POST", "/unsubscribe-package", { uniqueName }),
    renameITwin: (iTwinId, displayName) => call("renaming an iTwin", "POST", "/rename-itwin", { iTwinId, displayName }),
    renameUser: (user, profile) => call("renaming a user", "POST", "/rename-user", { user, ...profile }),
    renameInvitation: (iTwinId, email, change) =>
      call("renaming an invitation", "POST", "/rename-invitation", { iTwinId, email, ...change }),
    actAs,
    actAsOk: async (user, op, params, options) => {
      const result = await actAs(user, op, params, options);
      if (result.status >= 300) throw new ControlError(result.status, result.body, `${op.name} as ${user}`);
      return result.body as ResponseOf<typeof op>;
    },
  };
  return controls;
}

/** A transport over fetch, for a Node process that reaches the emulator directly. */
export function fetchTransport(origin: string, fetchImpl: typeof fetch = fetch): ControlTransport {
  return async (method, path, body) => {
    const response = await fetchImpl(`${origin}/__emulator${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
}
