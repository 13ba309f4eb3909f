import { describe, expect, it } from "vitest";
import { keyHint, localDay, shareExpiration } from "./share-expiry";

const NOON = new Date(2026, 5, 10, 12, 0).getTime();

describe("share link expiry", () => {
  it("offers the days from tomorrow to 90 days ahead", () => {
    expect(localDay(NOON, 1)).toBe("2026-06-11");
    expect(localDay(NOON, 90)).toBe("2026-09-08");
  });

  it("sends the start of the picked day, and nothing for today, the past, beyond 90 days or a malformed day", () => {
    expect(shareExpiration("2026-06-11", NOON)).toBe(new Date(2026, 5, 11).toISOString());
    expect(shareExpiration(localDay(NOON, 90), NOON)).toBeDefined();
    expect(shareExpiration(localDay(NOON, 91), NOON)).toBeUndefined();
    expect(shareExpiration("2026-06-10", NOON)).toBeUndefined();
    expect(shareExpiration("2026-06-01", NOON)).toBeUndefined();
    expect(shareExpiration("next week", NOON)).toBeUndefined();
  });

  it("hints at a key by its last characters only", () => {
    expect(keyHint("ZGVtby1zaGFyZS1rZXktd2hpdGUtcml2ZXItYnJpZGdl")).toBe("…ZGdl");
    expect(keyHint("short")).toBe("…");
  });
});
