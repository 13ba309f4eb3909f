import { describe, expect, it } from "vitest";
import { diffPending, effectiveCount, noPendingChanges, pendingValue, rebaseRole, toggleCell, withoutRoles } from "./pending-changes";
import { role } from "./test-roles";

describe("pending changes", () => {
  it("records a toggle against the base and forgets it when toggled back", () => {
    const once = toggleCell(noPendingChanges, "r1", "imodels_write", false);
    expect(once.size).toBe(1);
    expect(pendingValue(once, "r1", "imodels_write")).toBe(true);
    expect(once.byPermission.get("imodels_write")?.get("r1")).toBe(true);
    const twice = toggleCell(once, "r1", "imodels_write", false);
    expect(twice.size).toBe(0);
    expect(twice.byRole.size).toBe(0);
    expect(twice.byPermission.size).toBe(0);
  });

  it("replaces only the slices a toggle touches, so untouched rows keep their identity", () => {
    const a = toggleCell(noPendingChanges, "r1", "p_a", false);
    const b = toggleCell(a, "r2", "p_b", true);
    expect(b.byPermission.get("p_a")).toBe(a.byPermission.get("p_a"));
    expect(b.byRole.get("r1")).toBe(a.byRole.get("r1"));
    expect(b.byPermission.get("p_b")).not.toBe(a.byPermission.get("p_b"));
  });

  it("diffs pending edits per role into added, removed and the full list to send", () => {
    const base = [
      role("r1", "Writer", ["imodels_read", "imodels_write"]),
      role("r2", "Auditor", ["itwins_read"]),
      role("r3", "Untouched", ["x_y"]),
    ];
    let p = toggleCell(noPendingChanges, "r1", "imodels_write", true);
    p = toggleCell(p, "r1", "storage_read", false);
    p = toggleCell(p, "r2", "administration_view_audit", false);
    expect(diffPending(p, base)).toEqual([
      {
        roleId: "r2",
        displayName: "Auditor",
        basePermissions: ["itwins_read"],
        added: ["administration_view_audit"],
        removed: [],
        nextPermissions: ["administration_view_audit", "itwins_read"],
      },
      {
        roleId: "r1",
        displayName: "Writer",
        basePermissions: ["imodels_read", "imodels_write"],
        added: ["storage_read"],
        removed: ["imodels_write"],
        nextPermissions: ["imodels_read", "storage_read"],
      },
    ]);
  });

  it("ignores pending edits of roles that no longer exist", () => {
    const p = toggleCell(noPendingChanges, "gone", "imodels_read", false);
    expect(diffPending(p, [role("r1", "A", [])])).toEqual([]);
  });

  it("drops saved roles and rebases a role on a new server version", () => {
    let p = toggleCell(noPendingChanges, "r1", "a_x", false);
    p = toggleCell(p, "r1", "a_y", false);
    p = toggleCell(p, "r2", "a_x", false);
    expect(withoutRoles(p, ["r1"]).size).toBe(1);
    // The server now has a_x already: only the a_y edit is still a change.
    const rebased = rebaseRole(p, "r1", new Set(["a_x"]));
    expect(pendingValue(rebased, "r1", "a_x")).toBeUndefined();
    expect(pendingValue(rebased, "r1", "a_y")).toBe(true);
    expect(rebased.size).toBe(2);
  });

  it("counts a role's permissions with its pending edits", () => {
    let p = toggleCell(noPendingChanges, "r1", "a", true);
    p = toggleCell(p, "r1", "c", false);
    expect(effectiveCount(new Set(["a", "b"]), p.byRole.get("r1"))).toBe(2);
  });
});
