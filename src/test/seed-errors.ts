// Bentley's documented 422 bodies, verbatim, for the console's component and
// end-to-end tests to make a server answer with. (The emulator's contract tests keep their own literal
// copies: they are what pins the emulator to the documentation.)

/** PATCH a user/group member's roles: 422 InvalidiTwinsMemberRequest. */
export const SEED_MEMBER_PATCH_422 = {
  error: {
    code: "InvalidiTwinsMemberRequest",
    message: "Request body or query is invalid.",
    details: [
      { code: "MissingRequiredProperty", message: "Required property is missing.", target: "roleIds" },
      { code: "InvalidProperty", message: "Collection size exceeds maximum size.", target: "roleIds" },
      { code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." },
    ],
  },
};

/** EDFS package-role assignments: 422 InvalidAssignmentListRequest with its four targets. */
export const SEED_ASSIGNMENT_422 = {
  error: {
    code: "InvalidAssignmentListRequest",
    message: "Cannot create AssignmentList.",
    details: [
      { code: "InvalidValue", message: "Provided iTwin Role ID value is not valid.", target: "ITwinRoleId" },
      { code: "InvalidValue", message: "Provided Package Role ID value is not valid.", target: "PackageRoleIds" },
      { code: "InvalidValue", message: "Provided iTwin ID value is not valid.", target: "iTwinId" },
      { code: "InvalidValue", message: "Provided Unique Name value contains invalid characters.", target: "uniqueName" },
    ],
  },
};
