import { describe, expect, it } from "vitest";
import { diffRoleIds, hasChanges, sameRoleIds } from "./role-diff";

describe("diffRoleIds", () => {
  it("lists the roles added and removed compared with the base", () => {
    expect(diffRoleIds(["a", "b", "c"], ["b", "c", "d"])).toEqual({ added: ["d"], removed: ["a"], kept: ["b", "c"] });
  });

  it("treats ids that differ only in case as the same role", () => {
    const diff = diffRoleIds(["ABC-1"], ["abc-1"]);
    expect(hasChanges(diff)).toBe(false);
    expect(sameRoleIds(["ABC-1", "x"], ["X", "abc-1"])).toBe(true);
  });

  it("ignores duplicates in either list", () => {
    expect(diffRoleIds(["a", "a"], ["b", "b", "a"])).toEqual({ added: ["b"], removed: [], kept: ["a"] });
  });

  it("reports a change when everything is removed", () => {
    const diff = diffRoleIds(["a", "b"], []);
    expect(diff.removed).toEqual(["a", "b"]);
    expect(hasChanges(diff)).toBe(true);
    expect(sameRoleIds(["a"], ["b"])).toBe(false);
  });
});
