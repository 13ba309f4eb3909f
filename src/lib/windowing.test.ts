import { describe, expect, it } from "vitest";
import { scrollToReveal, visibleWindow } from "./windowing";

describe("visibleWindow", () => {
  it("covers the items in the viewport plus the overscan, clamped to the list", () => {
    expect(visibleWindow(0, 100, 10, 1000, 2)).toEqual({ start: 0, end: 12 });
    expect(visibleWindow(505, 100, 10, 1000, 2)).toEqual({ start: 48, end: 63 });
    expect(visibleWindow(9990, 100, 10, 1000, 2)).toEqual({ start: 997, end: 1000 });
    expect(visibleWindow(0, 100, 10, 0, 2)).toEqual({ start: 0, end: 0 });
  });
});

describe("scrollToReveal", () => {
  it("scrolls just enough to show the item, or not at all", () => {
    expect(scrollToReveal(0, 100, 10, 3)).toBe(0);
    expect(scrollToReveal(0, 100, 10, 12)).toBe(30);
    expect(scrollToReveal(200, 100, 10, 5)).toBe(50);
  });
});
