import { describe, expect, it } from "vitest";
import { fixtureCampaign } from "../../../../org/review/review-fixture";
import { openCampaign } from "../../../../org/review/view";
import { isHeader, itemKey, shownItems } from "./line-groups";

const view = openCampaign(fixtureCampaign());

describe("the review lines as the table lists them", () => {
  it("lists the lines themselves when not grouped, each row keyed by its line", () => {
    const list = shownItems(view, view.lines, "none", new Map());
    expect(list.items).toBe(view.lines);
    expect(list.items.map((_, i) => itemKey(list, i))).toEqual(view.lines.map((l) => l.id));
  });

  it("puts a line with two hints under each, with counts per group and a key unique in the list", () => {
    const twice = view.lines.find((l) => l.hints.length >= 2)!;
    const list = shownItems(view, view.lines, "hint", new Map());
    const keys = list.items.map((_, i) => itemKey(list, i));
    expect(new Set(keys).size).toBe(keys.length);
    expect(list.items.filter((x) => x === twice)).toHaveLength(twice.hints.length);
    for (const at of list.headers) {
      const header = list.items[at]!;
      if (!isHeader(header)) throw new Error("not a header");
      const next = list.headers.find((h) => h > at) ?? list.items.length;
      expect(header.total).toBe(next - at - 1);
    }
  });
});
