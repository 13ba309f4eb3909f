// The permission names Bentley's pages give, once. Buttons that need one and 403 messages read them
// from the operation they guard.
export const Permission = {
  manageRoles: "administration_manage_roles",
  inviteMember: "administration_invite_member",
  removeMember: "administration_remove_member",
  manageGroups: "administration_manage_groups",
  edfsProjectManage: "edfs_projmng",
  edfsIntegrationManage: "edfs_ilsmng",
  edfsExecutePackage: "edfs_objipexec",
} as const;
