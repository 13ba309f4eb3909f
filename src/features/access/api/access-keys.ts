// Query keys of the access feature. Groups sit under memberKeys.forITwin so that any member or group
// change (which invalidates that prefix) also refreshes who is in which group.
import { memberKeys } from "../../../api/queries/member-keys";

export const accessKeys = {
  roles: (iTwinId: string) => ["access", iTwinId, "roles"] as const,
  groups: (iTwinId: string) => [...memberKeys.forITwin(iTwinId), "access-groups"] as const,
};
