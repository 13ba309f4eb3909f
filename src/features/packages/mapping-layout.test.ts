import { describe, expect, it } from "vitest";
import { effectiveAssignments, withPackageRole, withoutPackageRoles } from "./assignment-diff";
import { BUNDLE_FROM, COMPACT_FROM_ROWS, filterITwinRoles, layoutMapping, shorten } from "./mapping-layout";
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
  const sixty = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, name: `Mapped role ${i}` }));
  const allToExec = new Map(sixty.map((r) => [r.id, new Set([EXEC])]));

  it("keeps the package role in view at the top when 60 roles map to it, instead of half-way down the picture", () => {
    const layout = layoutMapping(sixty, packageRoles, allToExec, allToExec);
    expect(layout.packageNodes[0]!.y).toBeLessThan(100);
    expect(layout.iTwinNodes[0]!.y).toBe(layout.packageNodes[0]!.y);
  });

  it("bundles many lines into one package role: they merge before it and one trunk with the count joins it", () => {
    const layout = layoutMapping(sixty, packageRoles, allToExec, allToExec);
    const target = layout.packageNodes[0]!;
    expect(layout.bundles).toEqual([
      expect.objectContaining({ packageRoleId: EXEC, count: 60, x2: target.x, y1: target.y + layout.nodeHeight / 2 }),
    ]);
    const merge = layout.bundles[0]!;
    for (const line of layout.lines) expect([line.bundled, line.x2, line.y2]).toEqual([true, merge.x1, merge.y1]);
    expect(merge.x1).toBeLessThan(target.x);
  });

  it("leaves a few lines unbundled, each straight into its target", () => {
    const few = sixty.slice(0, BUNDLE_FROM - 1);
    const layout = layoutMapping(few, packageRoles, allToExec, allToExec);
    expect(layout.bundles).toEqual([]);
    expect(layout.lines.every((l) => !l.bundled && l.x2 === layout.packageNodes[0]!.x)).toBe(true);
  });

  it("packs rows tighter for a large iTwin: 320 roles make a picture well under the 21,928 px of one row per 34 px", () => {
    const many = Array.from({ length: 320 }, (_, i) => ({ id: `r${i}`, name: `Role ${i}` }));
    const layout = layoutMapping(many, packageRoles, new Map(), new Map());
    expect(320).toBeGreaterThan(COMPACT_FROM_ROWS);
    expect(layout.height).toBeLessThan(8000);
    expect(layout.nodeHeight).toBeGreaterThanOrEqual(16);
  });

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
