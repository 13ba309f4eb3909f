import { describe, expect, it } from "vitest";
import { decodeLines, encodeLines } from "./line-store";
import { fixtureCampaign } from "./review-fixture";

const campaign = () => fixtureCampaign();

const roundTrip = (value: unknown) => decodeLines(JSON.parse(JSON.stringify(value)));

describe("stored lines", () => {
  it("come back as the very lines stored, every kind with its invitation, expiry, group counts and hints", () => {
    const { lines } = campaign();
    expect(lines.some((l) => l.invitationId) && lines.some((l) => l.groupSize !== undefined)).toBe(true);
    expect(roundTrip(encodeLines(lines))).toEqual(lines);
  });

  it("keep an id that is not the one made of the line (an imported review's)", () => {
    const lines = campaign().lines.map((l, i) => (i === 1 ? { ...l, id: "custom-id" } : l));
    expect(roundTrip(encodeLines(lines))!.map((l) => l.id)).toEqual(lines.map((l) => l.id));
  });

  it("share one hints array between lines with the same hints", () => {
    const back = roundTrip(encodeLines(campaign().lines))!;
    const shares = back.filter((l) => l.kind === "share" && l.hints.length === 1);
    expect(shares.length).toBeGreaterThan(0);
    const same = back.filter((l) => l.hints.join() === shares[0]!.hints.join());
    expect(new Set(same.map((l) => l.hints)).size).toBe(1);
  });

  it("are refused whole when damaged: a text out of the table, an unknown kind or hint, a cut array", () => {
    const stored = encodeLines(campaign().lines);
    const damaged = (patch: (s: typeof stored) => void) => {
      const copy = JSON.parse(JSON.stringify(stored)) as typeof stored;
      patch(copy);
      return decodeLines(copy);
    };
    expect(damaged((s) => (s.cells[0] = s.strings.length))).toBeNull();
    expect(damaged((s) => (s.cells[1] = 99))).toBeNull();
    expect(damaged((s) => (s.cells[11] = 1 << 30))).toBeNull();
    expect(damaged((s) => s.cells.pop())).toBeNull();
    expect(damaged((s) => (s.strings[0] = 5 as unknown as string))).toBeNull();
    expect(decodeLines([{ id: "x" }])).toBeNull();
    expect(decodeLines(null)).toBeNull();
  });
});
