import { describe, expect, it, vi } from "vitest";
import { createExternalStore } from "./external-store";

describe("external store", () => {
  it("tells subscribers about a new value, and no longer once they unsubscribe", () => {
    const store = createExternalStore(1);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(2);
    expect(store.getSnapshot()).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set(3);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toBe(3);
  });

  it("does not wake subscribers when the value stays the same", () => {
    const store = createExternalStore<string | null>(null);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(null);
    expect(listener).not.toHaveBeenCalled();
  });
});
