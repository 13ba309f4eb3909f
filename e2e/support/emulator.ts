// Test set-up through the emulator's control endpoint, never through the UI.
import type { APIRequestContext } from "@playwright/test";

export async function resetEmulator(request: APIRequestContext, preset: "demo" | "large" = "demo") {
  const r = await request.post("/__emulator/reset", { data: { preset } });
  if (!r.ok()) throw new Error(`emulator reset failed: ${r.status()}`);
  await request.post("/__emulator/faults", { data: { latencyMs: 0, rateLimitFraction: 0, serverErrorFraction: 0, dropFraction: 0 } });
}

export async function setFaults(request: APIRequestContext, faults: Record<string, unknown>) {
  const r = await request.post("/__emulator/faults", { data: faults });
  if (!r.ok()) throw new Error(`setting faults failed: ${r.status()}`);
}
