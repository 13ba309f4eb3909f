// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { expectsRuntimeNotice, withoutRuntimeNotice } from "./load-oidc-provider";

afterEach(() => vi.restoreAllMocks());

describe("loading the identity provider's library", () => {
  it("expects the runtime notice on the Node 20 releases the project supports, and only there", () => {
    expect(expectsRuntimeNotice("20.19.0")).toBe(true);
    expect(expectsRuntimeNotice("20.20.2")).toBe(true);
    expect(expectsRuntimeNotice("20.18.1")).toBe(false);
    expect(expectsRuntimeNotice("22.12.0")).toBe(false);
  });

  it("leaves out the expected runtime notice, coloured or not, and passes every other warning through", async () => {
    const seen = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await withoutRuntimeNotice(async () => {
      console.warn("oidc-provider WARNING: Unsupported runtime. Use Node.js v22.x LTS, or a later LTS release.");
      console.warn("\x1b[31;1moidc-provider WARNING: Unsupported runtime. Use Node.js v22.x LTS.\x1b[0m");
      console.warn("oidc-provider WARNING: default renderError function called");
      console.warn("something else", 42);
    }, true);
    expect(seen.mock.calls).toEqual([["oidc-provider WARNING: default renderError function called"], ["something else", 42]]);
  });

  it("shows the runtime notice where it is not expected", async () => {
    const seen = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await withoutRuntimeNotice(async () => console.warn("oidc-provider WARNING: Unsupported runtime."), false);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it("puts console.warn back once loading is done, even when loading fails", async () => {
    const before = console.warn;
    await expect(withoutRuntimeNotice(() => Promise.reject(new Error("no module")), true)).rejects.toThrow("no module");
    expect(console.warn).toBe(before);
  });
});
