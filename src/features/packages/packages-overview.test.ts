import { describe, expect, it } from "vitest";
import type { Assignment, PackageSummary, Role } from "../../api/wire";
import { buildOverview, overviewCsv } from "./packages-overview";

const pkg = (uniqueName: string, name: string) => ({ uniqueName, name }) as PackageSummary;
const role = (id: string, displayName: string, type = "Custom") => ({ id, displayName, description: "", permissions: [], type }) as Role;
const held = (iTwinRoleId: string): Assignment => ({
  iTwinRoleId,
  packageRoles: [{ packageRoleId: "x", packageRoleName: "Execute Integration Package" }],
});
const PACKAGES = [pkg("SQL", "Sql Customers"), pkg("SAP", "SAP Work Orders"), pkg("MAX", "Maximo")];
const ROLES = [role("a", "Analyst"), role("b", "Builder", "Default"), role("c", "Clerk")];
const ASSIGNMENTS = new Map<string, readonly Assignment[] | "error">([
  ["SQL", [held("a")]],
  ["SAP", [held("a"), held("b")]],
  ["MAX", "error"],
]);
const NO_FILTER = { role: "", pkg: "", showEmptyRoles: false, onlyAssignedPackages: false };

describe("all-packages overview", () => {
  it("has one row per role holding a package role anywhere, grouped by role type, and hides empty roles by default", () => {
    const o = buildOverview(PACKAGES, ROLES, ASSIGNMENTS, NO_FILTER);
    expect(o.groups.map((g) => [g.name, g.rows.map((r) => r.roleName)])).toEqual([
      ["Custom", ["Analyst"]],
      ["Default", ["Builder"]],
    ]);
    expect(o.unreadable).toEqual(["Maximo"]);
    expect(buildOverview(PACKAGES, ROLES, ASSIGNMENTS, { ...NO_FILTER, showEmptyRoles: true }).totalRows).toBe(3);
  });

  it("narrows rows by role name and columns by package name", () => {
    expect(buildOverview(PACKAGES, ROLES, ASSIGNMENTS, { ...NO_FILTER, role: "build" }).totalRows).toBe(1);
    const onlySql = buildOverview(PACKAGES, ROLES, ASSIGNMENTS, { ...NO_FILTER, pkg: "sql" });
    expect(onlySql.packages.map((p) => p.name)).toEqual(["Sql Customers"]);
    expect(onlySql.totalRows).toBe(1);
    expect(buildOverview(PACKAGES, ROLES, ASSIGNMENTS, { ...NO_FILTER, onlyAssignedPackages: true }).packages).toHaveLength(2);
  });

  it("exports what is shown as CSV", () => {
    const csv = overviewCsv(buildOverview(PACKAGES, ROLES, ASSIGNMENTS, NO_FILTER));
    expect(csv.split("\r\n")[0]).toBe("Role group,iTwin role,Sql Customers,SAP Work Orders,Maximo");
    expect(csv).toContain("Custom,Analyst,Execute Integration Package,Execute Integration Package,");
  });
});
