import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./retry-after";

const NOW = Date.UTC(2015, 9, 21, 7, 28, 0); // Wed, 21 Oct 2015 07:28:00 GMT

describe("parseRetryAfter", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfter("0", NOW)).toBe(0);
    expect(parseRetryAfter("7", NOW)).toBe(7);
    expect(parseRetryAfter(" 120 ", NOW)).toBe(120);
    expect(parseRetryAfter("1.5", NOW)).toBe(2);
  });

  it("reads an HTTP-date relative to now", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", NOW)).toBe(30);
    expect(parseRetryAfter("21 Oct 2015 07:29:00 GMT", NOW)).toBe(60);
    expect(parseRetryAfter("Wed Oct 21 07:28:05 2015", NOW)).toBe(5);
  });

  it("clamps a date in the past to 0", () => {
    expect(parseRetryAfter("Tue, 20 Oct 2015 07:28:00 GMT", NOW)).toBe(0);
  });

  it("ignores absence and garbage", () => {
    for (const value of [
      null,
      undefined,
      "",
      "   ",
      "-5",
      "abc",
      "1e3",
      "NaN",
      "Infinity",
      "Mar 1",
      "5 seconds",
      "Wed, 32 Oct 2015 07:28:00 GMT",
      "Wed, 21 Foo 2015 07:28:00 GMT",
      "0x10",
      "9".repeat(100),
    ]) {
      expect(parseRetryAfter(value, NOW), String(value)).toBeUndefined();
    }
  });
});
