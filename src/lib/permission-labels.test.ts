import { describe, expect, it } from "vitest";
import { seedDemo } from "../../emulator/data/seed-demo";
import { PERMISSION_LABELS, permissionLabel } from "./permission-labels";

describe("readable permission names", () => {
  it("gives a known key its label and one-line description", () => {
    expect(permissionLabel("administration_manage_roles")).toEqual({
      label: "Manage roles",
      description: expect.stringContaining("roles"),
    });
    expect(permissionLabel("edfs_objipexec")?.label).toBe("Execute integration packages");
  });

  it("has no label for an unknown key, so the screen shows the key itself", () => {
    expect(permissionLabel("bridges_inspect")).toBeUndefined();
    expect(permissionLabel("")).toBeUndefined();
    // Keys that merely look like object members are unknown too.
    expect(permissionLabel("toString")).toBeUndefined();
    expect(permissionLabel("__proto__")).toBeUndefined();
  });

  it("labels every permission Bentley documents for the administration and EDFS operations", () => {
    const documented = [
      "administration_manage_roles",
      "administration_invite_member",
      "administration_remove_member",
      "administration_manage_groups",
      "edfs_ilsmng",
      "edfs_objipexec",
      "edfs_projmng",
      "itwins_create",
    ];
    expect(documented.filter((key) => !permissionLabel(key))).toEqual([]);
  });

  it("labels every permission the emulator's demo data holds: its catalogue, its roles and its package roles", () => {
    const store = seedDemo();
    const seeded = new Set([
      ...store.permissions,
      ...[...store.itwins.values()].flatMap((itwin) => [...itwin.roles.values()].flatMap((role) => role.permissions)),
      ...store.packageRoles.flatMap((role) => role.permissions),
    ]);
    expect(seeded.size).toBeGreaterThan(50);
    expect([...seeded].filter((key) => !permissionLabel(key))).toEqual([]);
  });

  it("keeps every label and description short and one line, and no two permissions share a label", () => {
    const entries = Object.values(PERMISSION_LABELS);
    for (const { label, description } of entries) {
      expect(label.length).toBeLessThanOrEqual(40);
      expect(description).not.toMatch(/\n/);
      expect(description.length).toBeLessThanOrEqual(120);
    }
    expect(new Set(entries.map((e) => e.label)).size).toBe(entries.length);
  });
});
