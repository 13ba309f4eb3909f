// Where a failed role save is shown: 422/404 details naming the role ids go under the role picker
// (roleIds, members[0].roleIds[0], any case), everything else in the banner above it.
import type { ApiError } from "../../api/api-error";

export const ROLE_EDITOR_FIELDS = { roleIds: ["roleIds"] } as const;

/** Whether the failure is about the submitted data (shown at the fields) rather than access or the network. */
export function isValidationFailure(error: ApiError): boolean {
  return error.status === 422 || (error.status === 404 && error.code === "RoleNotFound");
}
