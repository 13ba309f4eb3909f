// Every error body the emulator sends, defined once with the exact texts of Bentley's pages.
// Handlers throw HttpError; create-emulator.ts turns it into the response.
import type { ErrorBody, ErrorDetail } from "../../src/api/wire";

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: ErrorBody,
    public readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${body.error.code}`);
  }
}

function error(status: number, code: string, message: string, extra: { target?: string; details?: ErrorDetail[] } = {}): HttpError {
  const body: ErrorBody = { error: { code, message } };
  if (extra.target !== undefined) body.error.target = extra.target;
  if (extra.details !== undefined) body.error.details = extra.details;
  return new HttpError(status, body);
}

// ---- details (the vocabulary of the documented error envelope) ----
export const detail = {
  missing: (target: string): ErrorDetail => ({ code: "MissingRequiredProperty", message: "Required property is missing.", target }),
  tooMany: (target: string): ErrorDetail => ({ code: "InvalidProperty", message: "Collection size exceeds maximum size.", target }),
  invalidBody: (): ErrorDetail => ({ code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." }),
  outOfRange: (target: string): ErrorDetail => ({ code: "InvalidValue", message: "Value outside of valid range.", target }),
  invalidValue: (message: string, target: string): ErrorDetail => ({ code: "InvalidValue", message, target }),
  // EDFS assignment details, copied from the seed (targets are case-sensitive).
  edfsITwinRoleId: (): ErrorDetail => ({
    code: "InvalidValue",
    message: "Provided iTwin Role ID value is not valid.",
    target: "ITwinRoleId",
  }),
  edfsPackageRoleIds: (): ErrorDetail => ({
    code: "InvalidValue",
    message: "Provided Package Role ID value is not valid.",
    target: "PackageRoleIds",
  }),
  edfsITwinId: (): ErrorDetail => ({ code: "InvalidValue", message: "Provided iTwin ID value is not valid.", target: "iTwinId" }),
  edfsUniqueName: (): ErrorDetail => ({
    code: "InvalidValue",
    message: "Provided Unique Name value contains invalid characters.",
    target: "uniqueName",
  }),
};

export const errors = {
  // 401
  headerNotFound: () => error(401, "HeaderNotFound", "Header Authorization was not found in the request. Access denied."),
  invalidScheme: (scheme: string) => error(401, "InvalidAuthorizationScheme", `Authorization scheme '${scheme}' is not valid.`),
  unauthorized: () =>
    error(401, "Unauthorized", "Access denied due to invalid access_token. Make sure to provide a valid token for this API endpoint."),
  // 403
  insufficientPermissions: () =>
    error(403, "InsufficientPermissions", "The user has insufficient permissions for the requested operation."),
  // 404
  acITwinNotFound: () => error(404, "ItwinNotFound", "Requested iTwin is not available."),
  iTwinNotFound: () => error(404, "iTwinNotFound", "Requested iTwin is not available."),
  roleNotFound: (target?: string) => error(404, "RoleNotFound", "Requested Role is not available.", { target }),
  teamMemberNotFound: (target?: string) => error(404, "TeamMemberNotFound", "Requested team member is not available.", { target }),
  groupNotFound: (target?: string) => error(404, "GroupNotFound", "Requested group is not available.", { target }),
  invitationNotFound: () => error(404, "InvitationNotFound", "Requested invitation is not available."),
  permissionNotFound: (target: string) => error(404, "PermissionNotFound", "Requested permission is not available.", { target }),
  userNotFound: () => error(404, "UserNotFound", "Requested user is not available."),
  packageNotFound: () => error(404, "PackageNotFound", "Requested Package is not available."),
  assignmentListNotFound: () => error(404, "AssignmentListNotFound", "iTwin or integration package was not found"),
  // (inferred) no documented body for a path that matches no operation.
  resourceNotFound: () => error(404, "ResourceNotFound", "The requested resource was not found."),
  // (inferred) the code and message of an unknown job are not documented.
  jobNotFound: () => error(404, "JobNotFound", "Requested job is not available."),
  shareNotFound: () => error(404, "ShareNotFound", "Requested share is not available."),
  shareContractNotFound: () => error(404, "ShareContractNotFound", "Requested share contract is not available."),
  // 409
  memberAlreadyExists: (memberId: string, iTwinId: string) =>
    error(409, "iTwinMemberAlreadyExists", `Member '${memberId}' already exists in iTwin '${iTwinId}'.`),
  ownerAlreadyExists: () => error(409, "OwnerAlreadyExists", "Requested user is already an iTwin Owner.", { target: "email" }),
  // 422
  memberRequest: (details: ErrorDetail[]) => error(422, "InvalidiTwinsMemberRequest", "Request body or query is invalid.", { details }),
  invitationsRequest: (details: ErrorDetail[]) =>
    error(422, "InvalidiTwinsMemberInvitationsRequest", "Request body or query is invalid.", { details }),
  roleRequest: (details: ErrorDetail[]) => error(422, "InvalidiTwinsRoleRequest", "Cannot create/update Role.", { details }),
  groupRequest: (details: ErrorDetail[]) => error(422, "InvalidiTwinsGroupRequest", "Cannot create/update group.", { details }),
  assignmentRequest: (details: ErrorDetail[]) => error(422, "InvalidAssignmentListRequest", "Cannot create AssignmentList.", { details }),
  // (inferred) the 422 codes of jobs and shares are not documented; shaped like their siblings'.
  jobRequest: (details: ErrorDetail[]) => error(422, "InvalidiTwinsJobRequest", "Request body or query is invalid.", { details }),
  shareRequest: (details: ErrorDetail[]) => error(422, "InvalidiTwinsShareRequest", "Request body or query is invalid.", { details }),
  // (inferred) message of the iTwins API's 422 is not documented.
  itwinsRequest: (details: ErrorDetail[]) => error(422, "InvalidiTwinsRequest", "Request query is invalid.", { details }),
  usersRequest: (details: ErrorDetail[]) => error(422, "InvalidUsersRequest", "Cannot query users.", { details }),
};

export const RATE_LIMIT_BODIES = {
  RateLimitExceeded: {
    error: {
      code: "RateLimitExceeded",
      message: "The client sent more requests than allowed by this API for the current tier of the client.",
    },
  },
  TooManyRequests: { error: { code: "TooManyRequests", message: "More requests were received than the subscription rate-limit allows." } },
} satisfies Record<string, ErrorBody>;

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isGuid = (value: unknown): value is string => typeof value === "string" && GUID.test(value);
