import { describe, expect, it, vi } from "vitest";
import { saveRoleChanges } from "./save-role-changes";
import type { RoleChange } from "./pending-changes";
import { role } from "./test-roles";
import { ApiError } from "../../api/api-error";

const change = (roleId: string, base: string[], next: string[]): RoleChange => ({
  roleId,
  displayName: roleId,
  basePermissions: base,
  added: next.filter((p) => !base.includes(p)),
  removed: base.filter((p) => !next.includes(p)),
  nextPermissions: next,
});

describe("saveRoleChanges", () => {
  it("patches each unchanged role with its full list and reports each result", async () => {
    const updatePermissions = vi.fn(async (id: string, permissions: string[]) => {
      if (id === "bad") throw new Error("nope");
      return role(id, id, permissions);
    });
    const getRole = vi.fn(async (id: string) => role(id, id, ["a_1"]));
    const results = await saveRoleChanges([change("good", ["a_1"], ["a_1", "a_2"]), change("bad", ["a_1"], [])], {
      getRole,
      updatePermissions,
    });
    expect(updatePermissions).toHaveBeenCalledWith("good", ["a_1", "a_2"]);
    expect(results.map((r) => [r.roleId, r.status])).toEqual([
      ["good", "saved"],
      ["bad", "failed"],
    ]);
  });

  it("does not overwrite a role that changed on the server since it was loaded", async () => {
    const updatePermissions = vi.fn(async (id: string, permissions: string[]) => role(id, id, permissions));
    const getRole = async (id: string) => role(id, id, id === "moved" ? ["a_1", "b_9"] : ["a_1"]);
    const results = await saveRoleChanges([change("moved", ["a_1"], ["a_1", "a_2"]), change("same", ["a_1"], [])], {
      getRole,
      updatePermissions,
    });
    expect(results[0]).toMatchObject({ roleId: "moved", status: "conflict", addedOnServer: ["b_9"], removedOnServer: [] });
    expect(results[1]).toMatchObject({ roleId: "same", status: "saved" });
    expect(updatePermissions).toHaveBeenCalledTimes(1);
    expect(updatePermissions).toHaveBeenCalledWith("same", []);
  });

  it("reports a role that could not be re-read as failed without patching it", async () => {
    const updatePermissions = vi.fn();
    const results = await saveRoleChanges([change("gone", [], ["a_1"])], {
      getRole: async () => Promise.reject(new Error("404")),
      updatePermissions,
    });
    expect(results[0]).toMatchObject({ status: "failed" });
    expect(updatePermissions).not.toHaveBeenCalled();
  });

  it("reports a role deleted on the server meanwhile as gone, with the changes that could not be applied", async () => {
    const roleNotFound = () =>
      new ApiError({ status: 404, kind: "http", code: "RoleNotFound", message: "Requested Role is not available." });
    const wanted = change("deleted", ["a_1"], ["a_1", "a_2"]);
    const results = await saveRoleChanges([wanted, change("kept", ["a_1"], [])], {
      getRole: async (id) => (id === "deleted" ? Promise.reject(roleNotFound()) : role(id, id, ["a_1"])),
      updatePermissions: async (id, permissions) => role(id, id, permissions),
    });
    expect(results[0]).toEqual({ roleId: "deleted", status: "gone", change: wanted });
    expect(results[1]).toMatchObject({ roleId: "kept", status: "saved" });
  });

  it("treats a 404 about something else than the role (an unknown permission) as a failure, not as a deleted role", async () => {
    const results = await saveRoleChanges([change("r", ["a_1"], ["zz"])], {
      getRole: async (id) => role(id, id, ["a_1"]),
      updatePermissions: async () =>
        Promise.reject(new ApiError({ status: 404, kind: "http", code: "PermissionNotFound", message: "Permission not found." })),
    });
    expect(results[0]).toMatchObject({ status: "failed" });
  });
});
