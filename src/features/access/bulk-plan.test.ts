import { describe, expect, it } from "vitest";
import { buildBulkPlan, conflictingRoleIds, planSummary } from "./bulk-plan";
import { member, ROLES } from "./access-test-data";

describe("bulk plan", () => {
  it("adds a role to members lacking it and marks those who already hold it as already in the target state", () => {
    const a = member("a", ["r-reader"]);
    const b = member("b", ["r-reader", "r-contrib"]);
    const plan = buildBulkPlan([a, b], { add: ["r-contrib"], remove: [] }, ROLES);
    expect(plan[0]).toMatchObject({
      state: "change",
      roleIds: ["r-reader", "r-contrib"],
      added: [{ id: "r-contrib", displayName: "iTwin Contributor" }],
      removed: [],
    });
    expect(plan[1]).toMatchObject({ state: "unchanged", roleIds: ["r-reader", "r-contrib"], added: [], removed: [] });
    expect(planSummary(plan)).toEqual({ change: 1, unchanged: 1, blocked: 0 });
  });

  it("adds and removes in one change and compares role ids case-insensitively", () => {
    const plan = buildBulkPlan([member("a", ["r-reader", "r-pm"])], { add: ["R-CONTRIB", "r-contrib"], remove: ["R-READER"] }, ROLES);
    expect(plan[0]).toMatchObject({
      state: "change",
      roleIds: ["r-pm", "r-contrib"],
      removed: [{ id: "r-reader" }],
      added: [{ id: "r-contrib" }],
    });
  });

  it("blocks a change that would leave a member with no role", () => {
    const plan = buildBulkPlan([member("a", ["r-reader"])], { add: [], remove: ["r-reader"] }, ROLES);
    expect(plan[0]!.state).toBe("blocked");
    expect(plan[0]!.reason).toMatch(/no role/);
  });

  it("blocks a change that would exceed 50 roles", () => {
    const many = Array.from({ length: 50 }, (_, i) => `r-${i}`);
    const plan = buildBulkPlan([member("a", many)], { add: ["r-contrib"], remove: [] }, ROLES);
    expect(plan[0]).toMatchObject({ state: "blocked", reason: expect.stringMatching(/at most 50/) });
  });

  it("names roles asked to be both added and removed", () => {
    expect(conflictingRoleIds({ add: ["r-a", "r-b"], remove: ["R-B"] })).toEqual(["r-b"]);
  });
});
