// Query keys for iTwin members, shared because several features read members (the members pages, the
// roles page's "who holds this role", access insight). Mutations invalidate memberKeys.forITwin(id).
export const memberKeys = {
  all: ["members"] as const,
  forITwin: (iTwinId: string) => ["members", iTwinId] as const,
  users: (iTwinId: string) => ["members", iTwinId, "users"] as const,
  user: (iTwinId: string, memberId: string) => ["members", iTwinId, "user", memberId] as const,
  groups: (iTwinId: string) => ["members", iTwinId, "groups"] as const,
  group: (iTwinId: string, groupId: string) => ["members", iTwinId, "group", groupId] as const,
  owners: (iTwinId: string) => ["members", iTwinId, "owners"] as const,
  invitations: (iTwinId: string) => ["members", iTwinId, "invitations"] as const,
};
