// Where each detail of an assignment 422 (InvalidAssignmentListRequest) is shown. The server spells
// body fields in PascalCase (ITwinRoleId, PackageRoleIds) and path parameters in camelCase (iTwinId,
// uniqueName); targets are compared case-insensitively and by trailing property name, so
// "assignments[0].iTwinRoleId" lands at the iTwin role too. Anything else goes to the banner.
export const ASSIGNMENT_FIELDS = {
  iTwinRoleId: ["ITwinRoleId", "iTwinRoleIds"],
  packageRoleIds: ["PackageRoleIds", "packageRoleId"],
  iTwinId: ["iTwinId"],
  uniqueName: ["uniqueName"],
} as const;

export type AssignmentField = keyof typeof ASSIGNMENT_FIELDS;
