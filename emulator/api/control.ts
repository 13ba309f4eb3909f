// The control API under /__emulator: loopback only and unauthenticated, for tests and demos to switch
// faults, expire tokens, reset data, rename things and count requests.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorState } from "./create-emulator";
import { parseJson, sendJson } from "./respond";
import type { FailRule, FaultSettings } from "./faults";
import { namedUserId } from "../demo-users";
import { mergeSettings } from "./settings";
import { PRESETS, type JobActionType, type Store } from "../data/store";
import { renameITwin, renameInvitation, renameUser, type RenameAnswer } from "./control-rename";
import { sameText } from "./same-text";

export async function handleControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  state: EmulatorState,
  rawBody: string,
): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  if (method === "OPTIONS") {
    res.writeHead(204).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://emulator.invalid");
  const path = url.pathname.replace(/^\/__emulator/, "").replace(/\/$/, "") || "/";
  const parsed = parseJson(rawBody);
  const body = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const reply = (status: number, value: unknown) => sendJson(res, status, value, {});
  const answer = ({ status, body }: RenameAnswer) => reply(status, body);
  const view = () => ({
    preset: state.store.preset,
    faults: state.faults.settings,
    settings: state.settings,
    tokensValidAfter: state.tokensValidAfter ?? null,
    failNext: state.faults.rules.map(({ regex: _regex, ...r }) => r),
    lastRequestSeq: state.seq,
  });

  try {
    switch (`${method} ${path}`) {
      case "GET /state":
        return reply(200, view());
      case "POST /faults":
        state.faults.merge(body as Partial<FaultSettings>);
        return reply(200, view());
      case "DELETE /faults":
        // Token expiry counts as a fault: clearing faults makes earlier tokens valid again.
        state.faults.clear();
        state.store.jobActionFailures = [];
        state.tokensValidAfter = undefined;
        state.revokedTokens.clear();
        return reply(200, view());
      case "GET /settings":
        return reply(200, state.settings);
      case "POST /settings":
        state.settings = mergeSettings(state.settings, body);
        state.budget.reset();
        return reply(200, state.settings);
      case "DELETE /settings":
        state.settings = { ...state.initialSettings };
        state.budget.reset();
        return reply(200, state.settings);
      case "POST /expire-tokens":
        // Tokens from earlier seconds are refused by iat; those of this second that were already used
        // are revoked one by one, so a token renewed right after the expiry still works.
        state.tokensValidAfter = Math.floor(Date.now() / 1000);
        for (const t of state.seenTokens) state.revokedTokens.add(t);
        state.seenTokens.clear();
        return reply(200, view());
      case "POST /reset": {
        const preset = body.preset;
        if (preset !== undefined && !PRESETS.includes(preset as Store["preset"]))
          return reply(400, { error: { code: "InvalidPreset", message: `preset must be one of ${PRESETS.join(", ")}.` } });
        state.reset(preset as Store["preset"] | undefined);
        return reply(200, view());
      }
      case "POST /fail-next": {
        const rule = body as unknown as FailRule;
        if (typeof rule.path !== "string" || !Number.isInteger(rule.status)) {
          return reply(400, { error: { code: "InvalidRule", message: "fail-next needs path (regular expression) and status (integer)." } });
        }
        new RegExp(rule.path);
        state.faults.addRule(rule);
        return reply(200, view());
      }
      case "POST /act-as": {
        // {user: "admin" | <user id>, method, path: "/accesscontrol/itwins/…", body?}
        const who = String(body.user ?? "");
        const userId = namedUserId(who);
        if (!userId || typeof body.path !== "string")
          return reply(400, { error: { code: "InvalidRequest", message: "act-as needs user and path." } });
        const origin = `https://${req.headers.host ?? "localhost"}`;
        const result = await state.actAs(userId, String(body.method ?? "GET"), body.path, body.body, {
          apiPrefix: "/api",
          publicOrigin: origin,
        });
        return reply(200, result);
      }
      case "POST /unsubscribe-package": {
        // {uniqueName}: the subscription ends, as when it is cancelled in the EDFS portal (no API does it).
        const name = String(body.uniqueName ?? "").toLowerCase();
        const key = [...state.store.packages.keys()].find((k) => sameText(k, name));
        if (!key) return reply(404, { error: { code: "PackageNotFound", message: "Requested Package is not available." } });
        state.store.packages.delete(key);
        for (const itwin of state.store.itwins.values()) itwin.edfs.delete(key);
        return reply(200, { unsubscribed: key });
      }
      case "POST /rename-itwin":
        return answer(renameITwin(state.store, body));
      case "POST /rename-user":
        return answer(renameUser(state.store, body));
      case "POST /rename-invitation":
        return answer(renameInvitation(state.store, body));
      case "POST /run-jobs": {
        // Applies every Active job now instead of after jobDelayMs.
        const pending = [...state.store.pendingJobs.values()];
        for (const run of pending) run();
        return reply(200, { ran: pending.length });
      }
      case "POST /fail-job-action": {
        // {email, action?: "assignRoles" | "unassignRoles" | "removeMembers", count?}
        if (typeof body.email !== "string" || body.email.trim() === "")
          return reply(400, { error: { code: "InvalidRule", message: "fail-job-action needs email." } });
        const action = ["assignRoles", "unassignRoles", "removeMembers"].includes(String(body.action))
          ? (body.action as JobActionType)
          : undefined;
        state.store.jobActionFailures.push({
          email: body.email.trim(),
          action,
          remaining: Math.max(1, Math.floor(Number(body.count) || 1)),
        });
        return reply(200, { jobActionFailures: state.store.jobActionFailures });
      }
      case "GET /requests": {
        const since = Number(url.searchParams.get("since") ?? 0) || 0;
        return reply(200, { requests: state.log.filter((r) => r.seq > since), lastRequestSeq: state.seq });
      }
      case "DELETE /requests":
        state.log = [];
        return reply(200, { requests: [], lastRequestSeq: state.seq });
      default:
        return reply(404, { error: { code: "ResourceNotFound", message: `No control operation ${method} ${path}.` } });
    }
  } catch (e) {
    return reply(400, { error: { code: "InvalidRequest", message: e instanceof Error ? e.message : String(e) } });
  }
}
