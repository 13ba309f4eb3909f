// Where a failed role save is shown: 422/404 details naming the role ids go under the role picker
// (roleIds, members[0].roleIds[0], any case), everything else in the banner above it.
import type { ApiError, ApiErrorDetail } from "../../api/api-error";
import { mapApiErrorToFields } from "../../api/field-errors";

export interface RoleSaveErrors {
  picker: ApiErrorDetail[];
  banner: ApiErrorDetail[];
}

export function roleSaveErrors(error: ApiError): RoleSaveErrors {
  const { byField, unmatched } = mapApiErrorToFields(error, { roleIds: ["roleIds"] });
  return { picker: byField.roleIds, banner: unmatched };
}

/** Whether the failure is about the submitted data (shown at the fields) rather than access or the network. */
export function isValidationFailure(error: ApiError): boolean {
  return error.status === 422 || (error.status === 404 && error.code === "RoleNotFound");
}
