// What the caller may do on the members page, from their own permissions on the iTwin (P2).
import { useCan } from "../../../api/queries/my-permissions";
import type { Access } from "../../../components/GuardedButton";

export const INVITE_PERMISSION = "administration_invite_member";
export const REMOVE_PERMISSION = "administration_remove_member";

export function useMemberAccess(iTwinId: string): { invite: Access; remove: Access } {
  return { invite: useCan(iTwinId, INVITE_PERMISSION), remove: useCan(iTwinId, REMOVE_PERMISSION) };
}
