// Access Control v2: the permission catalogue, the caller's permissions, and roles.
import { CreateRoleRequest, PermissionsResponse, RoleResponse, RolesResponse, UpdateRoleRequest } from "../wire";
import { defineOperations } from "./define";
import { Permission } from "./permissions";
import { resources, roleDependents } from "./resources";

const ac = "accesscontrol" as const;

export const roleOperations = defineOperations({
  listAllPermissions: {
    method: "GET",
    path: "/accesscontrol/itwins/permissions",
    api: ac,
    response: PermissionsResponse,
    unwrap: "permissions",
    authorization: "signed-in",
    resources: [resources.permissionCatalogue],
  },
  /** Non-members get an empty list, not a 403. */
  listMyPermissions: {
    method: "GET",
    path: "/accesscontrol/itwins/{iTwinId}/permissions",
    api: ac,
    response: PermissionsResponse,
    unwrap: "permissions",
    authorization: "signed-in",
    resources: [resources.myPermissions],
  },
  listRoles: {
    method: "GET",
    path: "/accesscontrol/itwins/{iTwinId}/roles",
    api: ac,
    response: RolesResponse,
    unwrap: "roles",
    authorization: "iTwin",
    permissions: [Permission.manageRoles],
    resources: [resources.roles],
  },
  getRole: {
    method: "GET",
    path: "/accesscontrol/itwins/{iTwinId}/roles/{roleId}",
    api: ac,
    response: RoleResponse,
    unwrap: "role",
    authorization: "iTwin",
    permissions: [Permission.manageRoles],
    resources: [resources.roles],
  },
  createRole: {
    method: "POST",
    path: "/accesscontrol/itwins/{iTwinId}/roles",
    api: ac,
    request: CreateRoleRequest,
    response: RoleResponse,
    unwrap: "role",
    authorization: "iTwin",
    permissions: [Permission.manageRoles],
    resources: [resources.roles],
  },
  updateRole: {
    method: "PATCH",
    path: "/accesscontrol/itwins/{iTwinId}/roles/{roleId}",
    api: ac,
    request: UpdateRoleRequest,
    response: RoleResponse,
    unwrap: "role",
    authorization: "iTwin",
    permissions: [Permission.manageRoles],
    resources: [resources.roles, ...roleDependents],
  },
  /** The server also takes the role away from every member, invitation and package assignment. */
  deleteRole: {
    method: "DELETE",
    path: "/accesscontrol/itwins/{iTwinId}/roles/{roleId}",
    api: ac,
    response: null,
    authorization: "iTwin",
    permissions: [Permission.manageRoles],
    resources: [resources.roles, ...roleDependents],
  },
});
