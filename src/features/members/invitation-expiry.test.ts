import { describe, expect, it } from "vitest";
import { expiryText } from "./invitation-expiry";

describe("expiryText", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  it("says how many days are left, hours on the last day, and when it has expired", () => {
    expect(expiryText("2025-01-04T12:00:00Z", now)).toBe("in 3 days");
    expect(expiryText("2025-01-01T05:00:00Z", now)).toBe("in 5 h");
    expect(expiryText("2024-12-31T00:00:00Z", now)).toBe("expired");
    expect(expiryText("garbage", now)).toBe("unknown");
  });
});
