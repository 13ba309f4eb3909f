import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { serverFieldErrors } from "../../components/server-field-errors";
import { isValidationFailure, ROLE_EDITOR_FIELDS } from "./role-editor-errors";

const roleSaveErrors = (error: ApiError) => {
  const errors = serverFieldErrors(error, ROLE_EDITOR_FIELDS, isValidationFailure);
  return { picker: errors.details("roleIds"), banner: errors.unmatched };
};

const error422 = (details: { code: string; message: string; target?: string }[]) =>
  new ApiError({ status: 422, kind: "http", code: "InvalidiTwinsMemberRequest", message: "Request body or query is invalid.", details });

describe("role editor field errors", () => {
  it("puts the seed's roleIds details at the picker and the untargeted one in the banner", () => {
    const { picker, banner } = roleSaveErrors(
      error422([
        { code: "MissingRequiredProperty", message: "Required property is missing.", target: "roleIds" },
        { code: "InvalidProperty", message: "Collection size exceeds maximum size.", target: "roleIds" },
        { code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." },
      ]),
    );
    expect(picker.map((d) => d.code)).toEqual(["MissingRequiredProperty", "InvalidProperty"]);
    expect(banner.map((d) => d.code)).toEqual(["InvalidRequestBody"]);
  });

  it("maps indexed and differently cased targets to the picker", () => {
    const { picker, banner } = roleSaveErrors(
      error422([
        { code: "RoleNotFound", message: "Requested Role is not available.", target: "members[0].roleIds[0]" },
        { code: "InvalidProperty", message: "Too many.", target: "RoleIDs" },
        { code: "Other", message: "Something about the e-mail.", target: "members[0].email" },
      ]),
    );
    expect(picker).toHaveLength(2);
    expect(banner.map((d) => d.target)).toEqual(["members[0].email"]);
  });

  it("uses the error's own target when the server sent no details", () => {
    const notFound = new ApiError({
      status: 404,
      kind: "http",
      code: "RoleNotFound",
      message: "Requested Role is not available.",
      target: "roleIds[3]",
    });
    expect(roleSaveErrors(notFound).picker).toHaveLength(1);
    expect(isValidationFailure(notFound)).toBe(true);
  });

  it("does not treat a 403 as a validation failure", () => {
    expect(isValidationFailure(new ApiError({ status: 403, kind: "http", code: "InsufficientPermissions", message: "No." }))).toBe(false);
  });
});
