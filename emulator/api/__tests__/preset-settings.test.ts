import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, mergeSettings, PRESET_SETTINGS, settingsForPreset } from "../settings";

const startFor = (preset: string) => mergeSettings(DEFAULT_SETTINGS, PRESET_SETTINGS[preset] ?? {});

describe("settings a preset brings", () => {
  it("switching to the org preset turns the per-minute budget on at the usual tier, other settings stay", () => {
    const current = mergeSettings(DEFAULT_SETTINGS, { linkForm: "itwins-member" });
    const next = settingsForPreset(current, startFor("org"), "demo", "org");
    expect(next.rateLimitPerMinute).toBe(500);
    expect(next.linkForm).toBe("itwins-member");
  });

  it("a setting turns it off until the org preset is reset again; leaving the preset turns it off", () => {
    const off = mergeSettings(startFor("org"), { rateLimitPerMinute: 0 });
    expect(off.rateLimitPerMinute).toBe(0);
    expect(settingsForPreset(off, startFor("org"), "org", "org").rateLimitPerMinute).toBe(500);
    const budgeted = mergeSettings(startFor("org"), { rateLimitPerMinute: 72 });
    expect(settingsForPreset(budgeted, startFor("org-small"), "org", "org-small").rateLimitPerMinute).toBe(0);
  });

  it("presets without settings of their own leave a chosen budget alone", () => {
    const chosen = mergeSettings(DEFAULT_SETTINGS, { rateLimitPerMinute: 72 });
    expect(settingsForPreset(chosen, startFor("org-small"), "org-small", "org-small").rateLimitPerMinute).toBe(72);
  });
});
