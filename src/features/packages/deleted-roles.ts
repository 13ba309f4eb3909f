// Pending assignment edits whose iTwin role was deleted on the server meanwhile: they cannot be saved
// (the role's id is gone), so they are taken out of the save and reported with the role as it was —
// its name, description and permissions — so it can be created again with them.
import type { Role } from "../../api/wire";
import { idKey, type RoleChange } from "./assignment-diff";

export interface DeletedRoleEdit {
  role: Pick<Role, "id" | "displayName" | "description" | "permissions">;
  change: RoleChange;
}

/** The changes of roles listed when editing began (`before`) and missing from the server's list now. */
export function deletedRoleEdits(changes: readonly RoleChange[], before: readonly Role[], now: readonly Role[]): DeletedRoleEdit[] {
  const listedNow = new Set(now.map((r) => idKey(r.id)));
  const listedBefore = new Map(before.map((r) => [idKey(r.id), r]));
  return changes.flatMap((change) => {
    const role = listedBefore.get(idKey(change.iTwinRoleId));
    return role && !listedNow.has(idKey(change.iTwinRoleId)) ? [{ role, change }] : [];
  });
}
