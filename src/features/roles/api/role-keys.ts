import { iTwinRoleKeys } from "../../../api/queries/itwin-roles";

// The roles list itself is the shared iTwin roles query; the rest belong to this feature.
export const roleKeys = {
  all: iTwinRoleKeys.all,
  lists: () => ["roles", "list"] as const,
  list: iTwinRoleKeys.list,
  detail: (iTwinId: string, roleId: string) => ["roles", "detail", iTwinId, roleId] as const,
  allPermissions: () => ["roles", "all-permissions"] as const,
};
