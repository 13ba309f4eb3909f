// EDFS: the organization's integration packages and which iTwin roles hold which package roles.
// Changing assignments also needs the permissions of every package role assigned or unassigned
// (edfs_objipexec for "Execute Integration Package"); the route checks those from the body.
import {
  AssignmentListRequest,
  AssignmentsResponse,
  PackageDetails,
  PackageRolesResponse,
  PackagesResponse,
  RemoveAssignmentsRequest,
} from "../wire";
import { defineOperations } from "./define";
import { Permission } from "./permissions";
import { resources } from "./resources";

const edfs = "edfs" as const;
const assignments = "/edfs/itwins/{iTwinId}/packages/{uniqueName}/roles" as const;
// edfs_ilsmng first: it is the one a 403 names (an iTwin-role manager usually lacks it).
const assign = [Permission.edfsIntegrationManage, Permission.manageRoles];

export const edfsOperations = defineOperations({
  listPackages: {
    method: "GET",
    path: "/edfs/packages",
    api: edfs,
    response: PackagesResponse,
    unwrap: "packages",
    authorization: "organization",
    permissions: [Permission.edfsProjectManage],
    resources: [resources.packages],
  },
  // Listed before getPackage: the literal path wins over {uniqueName}.
  listPackageRoles: {
    method: "GET",
    path: "/edfs/packages/roles",
    api: edfs,
    response: PackageRolesResponse,
    unwrap: "packageRoles",
    authorization: "organization",
    permissions: assign,
    resources: [resources.packageRoles],
  },
  /** The answer is the bare package, not wrapped. */
  getPackage: {
    method: "GET",
    path: "/edfs/packages/{uniqueName}",
    api: edfs,
    response: PackageDetails,
    authorization: "organization",
    permissions: [Permission.edfsProjectManage],
    resources: [resources.packages],
  },
  listPackageRoleAssignments: {
    method: "GET",
    path: assignments,
    api: edfs,
    response: AssignmentsResponse,
    unwrap: "assignments",
    authorization: "route",
    permissions: assign,
    resources: [resources.packageAssignments],
  },
  /** Adds package roles to what each listed iTwin role holds. */
  addPackageRoleAssignments: {
    method: "POST",
    path: assignments,
    api: edfs,
    request: AssignmentListRequest,
    response: AssignmentsResponse,
    unwrap: "assignments",
    authorization: "route",
    permissions: assign,
    resources: [resources.packageAssignments],
  },
  /** Replaces each listed iTwin role's package roles. */
  replacePackageRoleAssignments: {
    method: "PATCH",
    path: assignments,
    api: edfs,
    request: AssignmentListRequest,
    response: AssignmentsResponse,
    unwrap: "assignments",
    authorization: "route",
    permissions: assign,
    resources: [resources.packageAssignments],
  },
  /** Removes every package role of the listed iTwin roles. */
  removePackageRoleAssignments: {
    method: "DELETE",
    path: assignments,
    api: edfs,
    request: RemoveAssignmentsRequest,
    response: AssignmentsResponse,
    unwrap: "assignments",
    authorization: "route",
    permissions: assign,
    resources: [resources.packageAssignments],
  },
});
