import { describe, expect, it } from "vitest";
import { matrixToCsv } from "./matrix-csv";
import { role } from "./test-roles";

describe("matrixToCsv", () => {
  it("writes the shown permissions as rows (key, then readable label) and the shown roles as columns, quoting role names", () => {
    const roles = [role("r1", "Reader, basic", ["imodels_read"]), role("r2", "=Writer", ["imodels_read", "imodels_write"])];
    const granted = (roleId: string, p: string) => roles.find((r) => r.id === roleId)!.permissions!.includes(p);
    expect(matrixToCsv(roles, ["imodels_read", "imodels_write"], granted).split("\r\n")).toEqual([
      `Service,Permission,Permission label,"Reader, basic",'=Writer`,
      "imodels,imodels_read,Read iModels,yes,yes",
      "imodels,imodels_write,Write iModels,,yes",
      "",
    ]);
  });

  it("uses the granted function, so pending edits are exported as shown", () => {
    const roles = [role("r1", "Reader", [])];
    expect(matrixToCsv(roles, ["a_b"], () => true)).toContain("a,a_b,,yes");
  });
});
