export const roleKeys = {
  all: ["roles"] as const,
  lists: () => ["roles", "list"] as const,
  list: (iTwinId: string) => ["roles", "list", iTwinId] as const,
  detail: (iTwinId: string, roleId: string) => ["roles", "detail", iTwinId, roleId] as const,
  allPermissions: () => ["roles", "all-permissions"] as const,
};
