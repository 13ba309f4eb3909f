// Creating a role again like one that was deleted (a new id): POST its name and description, then PATCH
// its permissions. Shared by the roles matrix and the package assignments, both of which can find a role
// deleted under an edit.
import type { Role } from "../wire";
import type { HttpClient } from "../client-context";
import { roleOperations } from "../operations/accesscontrol-roles";

export async function recreateRole(client: HttpClient, iTwinId: string, role: Pick<Role, "displayName" | "description" | "permissions">) {
  const body = { displayName: role.displayName, description: role.description ?? "" };
  const created = await client.request(roleOperations.createRole, { iTwinId }, { body }).then((r) => r.role);
  const permissions = role.permissions ?? [];
  if (permissions.length === 0) return created;
  return client.request(roleOperations.updateRole, { iTwinId, roleId: created.id }, { body: { permissions } }).then((r) => r.role);
}
