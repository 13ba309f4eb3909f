// What the caller may do on the members page, from their own permissions on the iTwin (listMyPermissions)
// and what the member operations need.
import { useCan } from "../../../api/queries/my-permissions";
import type { Access } from "../../../components/GuardedButton";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { permissionOf } from "../../../api/operations/define";

export const INVITE_PERMISSION = permissionOf(memberOperations.updateUserMemberRoles);
export const REMOVE_PERMISSION = permissionOf(memberOperations.removeUserMember);
/** Role pickers list the iTwin's roles. */
export const LIST_ROLES_PERMISSION = permissionOf(roleOperations.listRoles);

export function useMemberAccess(iTwinId: string): { invite: Access; remove: Access } {
  return { invite: useCan(iTwinId, INVITE_PERMISSION), remove: useCan(iTwinId, REMOVE_PERMISSION) };
}
