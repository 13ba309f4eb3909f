import { describe, expect, it } from "vitest";
import type { RoleChange } from "./assignment-diff";
import { permissionNeededForPlan } from "./save-permission";

const exec = { id: "p-exec", name: "Execute Integration Package" };
const read = { id: "p-read", name: "Read Integration Package" };
const change = (added: string[], removed: string[] = []): RoleChange => ({
  iTwinRoleId: "r1",
  kind: removed.length > 0 ? "replace" : "add",
  before: removed,
  after: added,
  added,
  removed,
});

describe("the permission a save of this plan needs", () => {
  it("names edfs_ilsmng first when the caller lacks it, whatever the plan touches", () => {
    expect(permissionNeededForPlan({ changes: [change(["p-exec"])] }, [exec, read], new Set(["administration_manage_roles"]))).toBe(
      "edfs_ilsmng",
    );
  });

  it("names administration_manage_roles when assignments may be managed but roles may not", () => {
    expect(permissionNeededForPlan({ changes: [change(["p-read"])] }, [exec, read], new Set(["edfs_ilsmng"]))).toBe(
      "administration_manage_roles",
    );
  });

  it("names the permission behind a touched package role the caller lacks, added or removed", () => {
    const held = new Set(["edfs_ilsmng", "administration_manage_roles"]);
    expect(permissionNeededForPlan({ changes: [change(["p-exec"])] }, [exec, read], held)).toBe("edfs_objipexec");
    expect(permissionNeededForPlan({ changes: [change([], ["p-exec"])] }, [exec, read], held)).toBe("edfs_objipexec");
  });

  it("falls back to edfs_ilsmng when nothing touched needs more, or the caller's permissions are unknown", () => {
    const held = new Set(["edfs_ilsmng", "administration_manage_roles"]);
    expect(permissionNeededForPlan({ changes: [change(["p-read"])] }, [exec, read], held)).toBe("edfs_ilsmng");
    expect(permissionNeededForPlan({ changes: [change(["p-exec"])] }, [exec, read], undefined)).toBe("edfs_ilsmng");
  });
});
