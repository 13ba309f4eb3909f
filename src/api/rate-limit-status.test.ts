import { describe, expect, it, vi } from "vitest";
import { createRateLimitGate, secondsLeft } from "./rate-limit-status";

describe("rate-limit gate", () => {
  it("is open and empty at first", async () => {
    const gate = createRateLimitGate();
    expect(gate.getSnapshot()).toBeNull();
    await expect(gate.whenOpen()).resolves.toBeUndefined();
  });

  it("notifies subscribers when a wait starts and ends, with a stable snapshot in between", async () => {
    const gate = createRateLimitGate();
    const listener = vi.fn();
    const unsubscribe = gate.subscribe(listener);
    let release!: () => void;
    const held = gate.hold({ until: 5000, attempt: 1, maxAttempts: 4 }, () => new Promise<void>((r) => (release = r)), 1000);
    expect(gate.getSnapshot()).toBe(gate.getSnapshot());
    expect(gate.getSnapshot()).toEqual({ until: 5000, attempt: 1, maxAttempts: 4 });
    await Promise.resolve();
    release();
    await held;
    expect(gate.getSnapshot()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await gate.hold({ until: 1, attempt: 1, maxAttempts: 1 }, async () => undefined, 0);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("extends a wait when a longer one arrives, and whenOpen waits for the extension", async () => {
    const gate = createRateLimitGate();
    const releases: (() => void)[] = [];
    const sleep = vi.fn(() => new Promise<void>((r) => releases.push(r)));
    void gate.hold({ until: 2000, attempt: 1, maxAttempts: 4 }, sleep, 0);
    void gate.hold({ until: 1000, attempt: 1, maxAttempts: 4 }, sleep, 0); // shorter: joins
    void gate.hold({ until: 3000, attempt: 2, maxAttempts: 4 }, sleep, 0); // longer: replaces
    await Promise.resolve();
    await Promise.resolve();
    expect(sleep.mock.calls).toEqual([[2000], [3000]]);
    let open = false;
    void gate.whenOpen().then(() => (open = true));
    releases[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(open).toBe(false);
    expect(gate.getSnapshot()?.until).toBe(3000);
    releases[1]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(open).toBe(true);
    expect(gate.getSnapshot()).toBeNull();
  });

  it("counts whole seconds down", () => {
    expect(secondsLeft({ until: 10_500, attempt: 1, maxAttempts: 4 }, 1000)).toBe(10);
    expect(secondsLeft({ until: 500, attempt: 1, maxAttempts: 4 }, 1000)).toBe(0);
  });
});
