import { describe, expect, it, vi } from "vitest";
import { createSessionGate, SignInTimedOut } from "./session-gate";

describe("session gate", () => {
  it("marks the session expired while requests wait, and lets them all go on after signing in again", async () => {
    const gate = createSessionGate();
    const seen: unknown[] = [];
    gate.subscribe(() => seen.push(gate.getSnapshot()));
    const first = gate.waitForSignIn(["itwin-platform"], 60_000);
    const second = gate.waitForSignIn(["itwin-platform"], 60_000);
    expect(gate.getSnapshot()).toEqual({ scopes: ["itwin-platform"] });
    gate.signedInAgain();
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    expect(gate.getSnapshot()).toBeNull();
    expect(seen).toEqual([{ scopes: ["itwin-platform"] }, null]);
  });

  it("gives up after the wait limit", async () => {
    vi.useFakeTimers();
    try {
      const gate = createSessionGate();
      const waiting = gate.waitForSignIn([], 1000);
      const check = expect(waiting).rejects.toBeInstanceOf(SignInTimedOut);
      await vi.advanceTimersByTimeAsync(1001);
      await check;
    } finally {
      vi.useRealTimers();
    }
  });
});
