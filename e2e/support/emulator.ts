// Test set-up through the emulator's controls (/__emulator), never through the UI: the typed control
// client over Playwright's request context.
import type { APIRequestContext } from "@playwright/test";
import {
  emulatorControls,
  type ControlTransport,
  type EmulatorControls,
  type FailRule,
  type Preset,
} from "../../emulator/api/control-client";

function playwrightTransport(request: APIRequestContext): ControlTransport {
  return async (method, path, body) => {
    const url = `/__emulator${path}`;
    const options = body === undefined ? {} : { data: body };
    const response =
      method === "GET" ? await request.get(url) : method === "POST" ? await request.post(url, options) : await request.delete(url, options);
    const text = await response.text();
    return { status: response.status(), body: text ? (JSON.parse(text) as unknown) : null };
  };
}

/** The emulator's controls for this test's request context. */
export function emulator(request: APIRequestContext): EmulatorControls {
  return emulatorControls(playwrightTransport(request));
}

/** Fresh seeded data, no faults, no pending fail-next rules, no expired tokens. */
export async function resetEmulator(request: APIRequestContext, preset: Preset = "demo") {
  await emulator(request).resetAll(preset);
}

/** The next request(s) matching method + path (a regex) get this answer instead. */
export async function failNext(request: APIRequestContext, rule: FailRule) {
  await emulator(request).failNext(rule);
}
