// Cache keys of member lists, derived from the catalogue, for the features that read or update them
// from the cache (the change log's names and undo, seeded caches in tests).
import { operationKey } from "../operation-queries";
import { memberOperations } from "../operations/accesscontrol-members";

export const memberKeys = {
  /** Every user member: the pages loaded so far, one at a time (all-user-members.ts). */
  userPages: (iTwinId: string) => operationKey(memberOperations.listUserMembers, { iTwinId }, "pages"),
  groups: (iTwinId: string) => operationKey(memberOperations.listGroupMembers, { iTwinId }, "all"),
  owners: (iTwinId: string) => operationKey(memberOperations.listOwners, { iTwinId }, "all"),
  invitations: (iTwinId: string) => operationKey(memberOperations.listInvitations, { iTwinId }, "all"),
};
