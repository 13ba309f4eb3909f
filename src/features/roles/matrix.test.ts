import { describe, expect, it } from "vitest";
import {
  applyFilters,
  cellOf,
  isAccountCell,
  noFilters,
  permissionColumns,
  permissionRows,
  roleColumns,
  roleRows,
  roleTypeOf,
  type Granted,
} from "./matrix";
import { role } from "./test-roles";

const reader = role("r1", "Reader", ["imodels_read", "itwins_read"], "Default");
const writer = role("r2", "Writer", ["imodels_read", "imodels_write", "itwins_read"], "Custom");
const admin = role("r3", "Admin", ["administration_manage_roles", "itwins_read"], "Custom");
const roles = [reader, writer, admin];
const permissions = ["itwins_read", "imodels_write", "imodels_read", "administration_manage_roles", "storage_read"];
const granted: Granted = (roleId, p) => roles.find((r) => r.id === roleId)!.permissions!.includes(p);

describe("permissionRows", () => {
  it("groups permissions by the prefix before the first underscore, groups and members sorted", () => {
    const rows = permissionRows(permissions, new Set());
    expect(
      rows.map((r) => (r.kind === "group" ? `# ${r.service} ${r.permissions.length}` : r.kind === "permission" ? r.permission : "?")),
    ).toEqual([
      "# administration 1",
      "administration_manage_roles",
      "# imodels 2",
      "imodels_read",
      "imodels_write",
      "# itwins 1",
      "itwins_read",
      "# storage 1",
      "storage_read",
    ]);
  });

  it("keeps a collapsed group's row with its count but hides its permissions", () => {
    const rows = permissionRows(permissions, new Set(["imodels"]));
    const group = rows.find((r) => r.kind === "group" && r.service === "imodels");
    expect(group).toMatchObject({ collapsed: true, permissions: ["imodels_read", "imodels_write"] });
    expect(rows.some((r) => r.kind === "permission" && r.service === "imodels")).toBe(false);
  });
});

describe("applyFilters", () => {
  it("sorts roles by name and shows everything without filters", () => {
    const result = applyFilters(roles, permissions, noFilters, granted);
    expect(result.roles.map((r) => r.displayName)).toEqual(["Admin", "Reader", "Writer"]);
    expect(result.permissions).toHaveLength(5);
    expect(result.noTextMatch).toBe(false);
  });

  it("narrows the roles when the text matches role names, keeping every permission", () => {
    const result = applyFilters(roles, permissions, { ...noFilters, text: "READ" }, granted);
    expect(result.roles.map((r) => r.id)).toEqual(["r1"]);
    // "read" also matches permissions, which narrows the rows as well.
    expect(result.permissions).toEqual(["imodels_read", "itwins_read", "storage_read"]);
  });

  it("narrows the permissions when the text matches only permissions", () => {
    const result = applyFilters(roles, permissions, { ...noFilters, text: "imodels" }, granted);
    expect(result.roles).toHaveLength(3);
    expect(result.permissions).toEqual(["imodels_read", "imodels_write"]);
  });

  it("reports a text that matches nothing", () => {
    expect(applyFilters(roles, permissions, { ...noFilters, text: "zzz" }, granted)).toEqual({
      roles: [],
      permissions: [],
      noTextMatch: true,
    });
  });

  it("filters by role type", () => {
    expect(applyFilters(roles, permissions, { ...noFilters, roleType: "Default" }, granted).roles.map((r) => r.id)).toEqual(["r1"]);
    expect(applyFilters(roles, permissions, { ...noFilters, roleType: "Custom" }, granted).roles.map((r) => r.id)).toEqual(["r3", "r2"]);
  });

  it("keeps only the permissions on which the selected roles differ", () => {
    const result = applyFilters(roles, permissions, { ...noFilters, onlyDiffering: true, selectedRoleIds: ["r1", "r2"] }, granted);
    expect(result.permissions).toEqual(["imodels_write"]);
  });

  it("ignores 'only where they differ' until two roles are selected", () => {
    expect(
      applyFilters(roles, permissions, { ...noFilters, onlyDiffering: true, selectedRoleIds: ["r1"] }, granted).permissions,
    ).toHaveLength(5);
  });
});

describe("roleTypeOf", () => {
  it("treats roles without a type as Default", () => {
    expect(roleTypeOf({ id: "x", displayName: "x", description: "" })).toBe("Default");
    expect(roleTypeOf(role("y", "y", [], "Custom"))).toBe("Custom");
  });
});

describe("cellOf", () => {
  it("maps a cell to its role and permission in both orientations", () => {
    const [permRow] = permissionRows(["imodels_read"], new Set()).filter((r) => r.kind === "permission");
    const [roleCol] = roleColumns([reader]);
    expect(cellOf(permRow!, roleCol!)).toEqual({ roleId: "r1", permission: "imodels_read" });
    const [permCol] = permissionColumns(["imodels_read"]);
    expect(cellOf({ kind: "role", key: "k", role: writer }, permCol!)).toEqual({ roleId: "r2", permission: "imodels_read" });
    expect(cellOf(permissionRows(["imodels_read"], new Set())[0]!, roleCol!)).toBeUndefined();
  });
});

describe("account roles in the matrix", () => {
  const own = role("own", "Reader", ["a"], "Default");
  const account = role("acc", "Account Reader", ["a"], "Custom");

  it("marks the columns and rows of account roles, and only their cells as account cells", () => {
    const columns = roleColumns([own, account], new Set(["acc"]));
    expect(columns.map((c) => c.kind === "role" && c.account === true)).toEqual([false, true]);
    const [permissionRow] = permissionRows(["a"], new Set()).filter((r) => r.kind === "permission");
    expect(columns.map((c) => isAccountCell(permissionRow!, c))).toEqual([false, true]);
    const rows = roleRows([own, account], new Set(["acc"]));
    const [column] = permissionColumns(["a"]);
    expect(rows.map((r) => isAccountCell(r, column!))).toEqual([false, true]);
  });

  it("marks nothing when no account roles are named", () => {
    expect(roleColumns([own, account]).some((c) => c.kind === "role" && c.account)).toBe(false);
  });
});
