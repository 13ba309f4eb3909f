import { describe, expect, it } from "vitest";
import { compareRoles, comparisonToCsv } from "./compare";
import { role } from "./test-roles";

const a = role("a", "Reader", ["imodels_read", "itwins_read"]);
const b = role("b", "Writer", ["imodels_read", "imodels_write", "itwins_read"]);
const c = role("c", "Auditor", ["administration_view_audit", "imodels_read"]);

describe("compareRoles", () => {
  it("splits two roles into only in A, only in B and in both", () => {
    const result = compareRoles([a, b]);
    expect(result.sections.map((s) => [s.title, s.permissions])).toEqual([
      ["Only in Writer", ["imodels_write"]],
      ["In both", ["imodels_read", "itwins_read"]],
    ]);
  });

  it("names partial overlaps of three roles", () => {
    const result = compareRoles([a, b, c]);
    expect(result.sections.map((s) => [s.title, s.permissions])).toEqual([
      ["Only in Writer", ["imodels_write"]],
      ["Only in Auditor", ["administration_view_audit"]],
      ["In Reader and Writer", ["itwins_read"]],
      ["In all 3 roles", ["imodels_read"]],
    ]);
  });

  it("exports one row per permission with who holds it", () => {
    const csv = comparisonToCsv(compareRoles([a, b]));
    expect(csv.split("\r\n")).toEqual([
      "Permission,Service,Reader,Writer,Difference",
      "imodels_read,imodels,yes,yes,In both",
      "imodels_write,imodels,no,yes,Only in Writer",
      "itwins_read,itwins,yes,yes,In both",
      "",
    ]);
  });
});
