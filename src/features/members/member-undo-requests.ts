// The member writes an undo may send, as catalogue requests (see src/lib/undo-request.ts). Kept apart
// from the hooks so that adding and removing can each name the other's request without importing it.
import type { AddGroupMembersRequest, AddUserMembersRequest } from "../../api/wire";
import { memberOperations } from "../../api/operations/accesscontrol-members";
import { undoRequest, type UndoRequest } from "../../lib/undo-request";

export function addUserMembersRequest(iTwinId: string, emails: string[], roleIds: string[]): UndoRequest {
  const body: AddUserMembersRequest = { members: emails.map((email) => ({ email, roleIds })) };
  return undoRequest(memberOperations.addUserMembers, { iTwinId }, body);
}

export function removeUserMemberRequest(iTwinId: string, memberId: string): UndoRequest {
  return undoRequest(memberOperations.removeUserMember, { iTwinId, memberId });
}

export function cancelInvitationRequest(iTwinId: string, invitationId: string): UndoRequest {
  return undoRequest(memberOperations.cancelInvitation, { iTwinId, invitationId });
}

export function addGroupMembersRequest(iTwinId: string, groupIds: string[], roleIds: string[]): UndoRequest {
  const body: AddGroupMembersRequest = { members: groupIds.map((groupId) => ({ groupId, roleIds })) };
  return undoRequest(memberOperations.addGroupMembers, { iTwinId }, body);
}

export function removeGroupMemberRequest(iTwinId: string, groupId: string): UndoRequest {
  return undoRequest(memberOperations.removeGroupMember, { iTwinId, groupId });
}
