// Where a failed role save is shown: 422/404 details naming the role ids go under the role picker
// (roleIds, members[0].roleIds[0], any case), everything else in the banner above it.
import { isApiError, type ApiError } from "../../api/api-error";

export const ROLE_EDITOR_FIELDS = { roleIds: ["roleIds"] } as const;

/** Whether the failure is about the submitted data (shown at the fields) rather than access or the network. */
export function isValidationFailure(error: ApiError): boolean {
  return error.status === 422 || (error.status === 404 && error.code === "RoleNotFound");
}

/** The member itself is gone (removed elsewhere): a 404 that is not about a role that was sent. */
export function isMemberGone(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && error.code !== "RoleNotFound";
}
