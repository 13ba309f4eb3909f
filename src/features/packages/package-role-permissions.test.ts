import { describe, expect, it } from "vitest";
import { disabledReason, missingPermissionsFor } from "./package-role-permissions";

describe("missingPermissionsFor", () => {
  const exec = { name: "Execute Integration Package" };
  it("names edfs_objipexec when the caller lacks it", () => {
    expect(missingPermissionsFor(exec, new Set(["edfs_ilsmng"]))).toEqual(["edfs_objipexec"]);
    expect(disabledReason(["edfs_objipexec"])).toMatch(/edfs_objipexec/);
  });
  it("allows the role when the caller holds the permission, or while permissions are unknown", () => {
    expect(missingPermissionsFor(exec, new Set(["edfs_objipexec"]))).toEqual([]);
    expect(missingPermissionsFor(exec, undefined)).toEqual([]);
  });
  it("leaves package roles it knows nothing about to the server", () => {
    expect(missingPermissionsFor({ name: "Something new" }, new Set())).toEqual([]);
  });
});
