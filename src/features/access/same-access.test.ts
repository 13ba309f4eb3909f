import { describe, expect, it } from "vitest";
import { sameAccessDiff } from "./same-access";
import { member } from "./access-test-data";

describe("same access as", () => {
  it("adds the source's roles the target lacks and removes the target's roles the source lacks", () => {
    const diff = sameAccessDiff(member("t", ["r-reader", "r-pm"]), member("s", ["r-pm", "r-contrib"]));
    expect(diff.roleIds).toEqual(["r-pm", "r-contrib"]);
    expect(diff.added.map((r) => r.id)).toEqual(["r-contrib"]);
    expect(diff.removed.map((r) => r.id)).toEqual(["r-reader"]);
    expect(diff.kept.map((r) => r.id)).toEqual(["r-pm"]);
    expect(diff.blocked).toBeUndefined();
  });

  it("has nothing to apply when both hold the same roles (in any order or case)", () => {
    const diff = sameAccessDiff(member("t", ["r-pm", "r-reader"]), {
      roles: [
        { id: "R-READER", displayName: "iTwin Reader" },
        { id: "r-pm", displayName: "Project Manager" },
      ],
    });
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.blocked).toMatch(/same direct roles/);
  });

  it("cannot copy an empty role set", () => {
    expect(sameAccessDiff(member("t", ["r-pm"]), member("s", [])).blocked).toMatch(/no direct role/);
  });
});
