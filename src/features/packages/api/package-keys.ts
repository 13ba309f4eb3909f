// Query keys of the packages feature: an edit invalidates exactly what it changed.
export const packageKeys = {
  all: ["packages"] as const,
  list: () => ["packages", "list"] as const,
  detail: (uniqueName: string) => ["packages", "detail", uniqueName] as const,
  packageRoles: () => ["packages", "package-roles"] as const,
  assignments: (iTwinId: string, uniqueName: string) => ["packages", "assignments", iTwinId, uniqueName] as const,
};
