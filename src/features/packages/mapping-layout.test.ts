import { describe, expect, it } from "vitest";
import { effectiveAssignments, withPackageRole, withoutPackageRoles } from "./assignment-diff";
import { filterITwinRoles, layoutMapping, shorten } from "./mapping-layout";
import { assignmentsCsv } from "./assignments-csv";

const EXEC = "exec";
const roles = [
  { id: "r1", name: "EDFS_integration" },
  { id: "r2", name: "iTwin Reader" },
  { id: "r3", name: "Write Access" },
];
const packageRoles = [{ id: EXEC, name: "Execute Integration Package" }];
const base = new Map([
  ["r1", new Set([EXEC])],
  ["r3", new Set([EXEC])],
]);

describe("layoutMapping", () => {
  it("draws a line per assignment, pending additions and removals in their own state", () => {
    let overrides = withPackageRole(base, new Map(), ["r2"], EXEC, true);
    overrides = withoutPackageRoles(base, overrides, ["r3"]);
    const layout = layoutMapping(roles, packageRoles, base, effectiveAssignments(base, overrides));
    expect(layout.lines.map((l) => [l.iTwinRoleId, l.state])).toEqual([
      ["r1", "saved"],
      ["r2", "added"],
      ["r3", "removed"],
    ]);
    const target = layout.packageNodes[0]!;
    for (const line of layout.lines) expect(line.x2).toBe(target.x);
  });

  it("grows with the number of roles and keeps the columns apart", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, name: `Role ${i}` }));
    const layout = layoutMapping(many, packageRoles, new Map(), new Map());
    expect(layout.height).toBeGreaterThan(300 * layout.nodeHeight);
    expect(layout.iTwinNodes[0]!.x + layout.nodeWidth).toBeLessThan(layout.packageNodes[0]!.x);
  });

  it("shortens long labels", () => {
    expect(shorten("x".repeat(50))).toHaveLength(32);
    expect(shorten("short")).toBe("short");
  });
});

describe("filterITwinRoles", () => {
  it("keeps roles matching the text, case-insensitively", () => {
    expect(filterITwinRoles(roles, "READ", false, base, base).map((r) => r.id)).toEqual(["r2"]);
  });

  it("keeps only roles that hold, or are about to hold or lose, package roles", () => {
    const effective = effectiveAssignments(base, withPackageRole(base, new Map(), ["r2"], EXEC, true));
    expect(filterITwinRoles(roles, "", true, base, base).map((r) => r.id)).toEqual(["r1", "r3"]);
    expect(filterITwinRoles(roles, "", true, base, effective).map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
  });
});

describe("assignmentsCsv", () => {
  it("lists each pair with its state", () => {
    const effective = effectiveAssignments(base, withoutPackageRoles(base, withPackageRole(base, new Map(), ["r2"], EXEC, true), ["r3"]));
    const csv = assignmentsCsv("SQL_CUSTOMERS_TABLE", roles, packageRoles, base, effective);
    expect(csv.split("\r\n")).toEqual([
      "Package,iTwin role,iTwin role id,Package role,Package role id,State",
      "SQL_CUSTOMERS_TABLE,EDFS_integration,r1,Execute Integration Package,exec,saved",
      "SQL_CUSTOMERS_TABLE,iTwin Reader,r2,Execute Integration Package,exec,pending addition",
      "SQL_CUSTOMERS_TABLE,Write Access,r3,Execute Integration Package,exec,pending removal",
      "",
    ]);
  });
});
