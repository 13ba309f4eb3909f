// Where each detail of an assignment 422 (InvalidAssignmentListRequest) is shown. The server spells
// body fields in PascalCase (ITwinRoleId, PackageRoleIds) and path parameters in camelCase (iTwinId,
// uniqueName); mapApiErrorToFields compares case-insensitively and by trailing property name, so
// "assignments[0].iTwinRoleId" lands at the iTwin role too. Anything else goes to the banner.
import type { ApiError } from "../../api/api-error";
import { mapApiErrorToFields, type FieldErrors } from "../../api/field-errors";

export const ASSIGNMENT_FIELDS = {
  iTwinRoleId: ["ITwinRoleId", "iTwinRoleIds"],
  packageRoleIds: ["PackageRoleIds", "packageRoleId"],
  iTwinId: ["iTwinId"],
  uniqueName: ["uniqueName"],
} as const;

export type AssignmentField = keyof typeof ASSIGNMENT_FIELDS;

export function assignmentFieldErrors(error: ApiError): FieldErrors<AssignmentField> {
  return mapApiErrorToFields(error, ASSIGNMENT_FIELDS);
}

/** The message shown under a field, several details joined. */
export function fieldMessage(errors: FieldErrors<AssignmentField> | undefined, field: AssignmentField): string | undefined {
  const details = errors?.byField[field] ?? [];
  return details.length > 0 ? details.map((d) => d.message).join(" ") : undefined;
}
