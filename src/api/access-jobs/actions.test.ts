import { describe, expect, it } from "vitest";
import { sameEmail } from "./actions";

describe("sameEmail", () => {
  it("matches an address whatever its case and outer spaces", () => {
    expect(sameEmail("Ada@Example.com", " ada@example.COM ")).toBe(true);
    expect(sameEmail("ada@example.com", "ada@example.org")).toBe(false);
  });

  it("matches nothing when either address is missing", () => {
    expect(sameEmail(null, "ada@example.com")).toBe(false);
    expect(sameEmail("ada@example.com", undefined)).toBe(false);
    expect(sameEmail(null, null)).toBe(false);
  });
});
