// Test set-up through the emulator's control endpoint (/__emulator), never through the UI.
import type { APIRequestContext } from "@playwright/test";

async function ok(what: string, response: { ok(): boolean; status(): number }) {
  if (!response.ok()) throw new Error(`${what} failed: HTTP ${response.status()}`);
}

/** Fresh seeded data, no faults, no pending fail-next rules, no expired tokens. */
export async function resetEmulator(request: APIRequestContext, preset: "demo" | "large" = "demo") {
  await ok("clearing faults", await request.delete("/__emulator/faults"));
  await ok("resetting data", await request.post("/__emulator/reset", { data: { preset } }));
}

export async function setFaults(request: APIRequestContext, faults: Record<string, unknown>) {
  await ok("setting faults", await request.post("/__emulator/faults", { data: faults }));
}

/** The next request(s) matching method + path (a regex) get this answer instead. */
export async function failNext(
  request: APIRequestContext,
  rule: { method?: string; path: string; status: number; body?: unknown; headers?: Record<string, string>; count?: number },
) {
  await ok("arming fail-next", await request.post("/__emulator/fail-next", { data: rule }));
}

export async function expireAllTokens(request: APIRequestContext) {
  await ok("expiring tokens", await request.post("/__emulator/expire-tokens"));
}

/** An API request made by someone else (a demo user) through the emulator, e.g. a concurrent edit. */
export async function actAs<T = unknown>(
  request: APIRequestContext,
  user: "admin" | "manager" | "reader" | "outsider",
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const r = await request.post("/__emulator/act-as", { data: { user, method, path, body } });
  await ok("act-as", r);
  return (await r.json()) as { status: number; body: T };
}
