// Query keys of the access feature (the groups and owners it reads are shared queries in src/api/queries).
export const accessKeys = {
  roles: (iTwinId: string) => ["access", iTwinId, "roles"] as const,
};
