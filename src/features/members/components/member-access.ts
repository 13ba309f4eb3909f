// What the caller may do on the members page, from their own permissions on the iTwin (P2).
import { useMyPermissions } from "../../../api/queries/my-permissions";
import type { Access } from "./GuardedButton";

export const INVITE_PERMISSION = "administration_invite_member";
export const REMOVE_PERMISSION = "administration_remove_member";

export function useMemberAccess(iTwinId: string): { invite: Access; remove: Access } {
  const { data } = useMyPermissions(iTwinId);
  const known = data !== undefined;
  return {
    invite: { known, allowed: data?.has(INVITE_PERMISSION) ?? false },
    remove: { known, allowed: data?.has(REMOVE_PERMISSION) ?? false },
  };
}
