import { describe, expect, it } from "vitest";
import { initialsOf } from "./initials";

describe("initialsOf", () => {
  it("takes the first letters of the first and last names", () => {
    expect(initialsOf("Ada Admin")).toBe("AA");
    expect(initialsOf("Grace Brewster Murray Hopper")).toBe("GH");
    expect(initialsOf("paul")).toBe("P");
  });

  it("never lets a direction override or an invisible character into the circle", () => {
    expect(initialsOf("\u202EAdmin txt.exe")).toBe("AT");
    expect(initialsOf("\u200B\u2067Rita \u2066Reader")).toBe("RR");
    for (const c of initialsOf("\u202Bمحمد \u202Cعلي")) expect(c).toMatch(/\p{L}/u);
  });

  it("keeps whole characters: accents, letters outside the basic plane", () => {
    expect(initialsOf("e\u0301lodie Durand")).toBe("E\u0301D");
    expect(initialsOf("𝒜lice 𝒵hang")).toBe("𝒜𝒵");
  });

  it("skips words without a letter and falls back to the e-mail, then to a question mark", () => {
    expect(initialsOf("(contractor) — Jordan Lee")).toBe("CL");
    expect(initialsOf("", "jordan.lee@contractor.example")).toBe("JL");
    expect(initialsOf(null, null)).toBe("?");
    expect(initialsOf("— …")).toBe("?");
  });
});
