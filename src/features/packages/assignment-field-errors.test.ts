import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { serverFieldErrors } from "../../components/server-field-errors";
import { ASSIGNMENT_FIELDS } from "./assignment-field-errors";

const assignmentFieldErrors = (error: ApiError) => serverFieldErrors(error, ASSIGNMENT_FIELDS);

const seed422 = (targets: string[]) =>
  new ApiError({
    status: 422,
    kind: "http",
    code: "InvalidAssignmentListRequest",
    message: "Cannot create AssignmentList.",
    details: targets.map((target, i) => ({ code: "InvalidValue", message: `message ${i}`, target })),
  });

describe("assignmentFieldErrors", () => {
  it("puts the seed's four details at the iTwin role, package roles, iTwin and package fields", () => {
    const errors = assignmentFieldErrors(seed422(["ITwinRoleId", "PackageRoleIds", "iTwinId", "uniqueName"]));
    expect(errors.message("iTwinRoleId")).toBe("message 0");
    expect(errors.message("packageRoleIds")).toBe("message 1");
    expect(errors.message("iTwinId")).toBe("message 2");
    expect(errors.message("uniqueName")).toBe("message 3");
    expect(errors.unmatched).toEqual([]);
  });

  it.each([
    ["itwinroleid", "iTwinRoleId"],
    ["ITWINROLEID", "iTwinRoleId"],
    ["packageroleids", "packageRoleIds"],
    ["PACKAGEROLEIDS", "packageRoleIds"],
    ["ITWINID", "iTwinId"],
    ["itwinid", "iTwinId"],
    ["UniqueName", "uniqueName"],
    ["UNIQUENAME", "uniqueName"],
    ["assignments[0].iTwinRoleId", "iTwinRoleId"],
    ["assignments[1].packageRoleIds[0]", "packageRoleIds"],
  ] as const)("matches target %s to the %s field whatever its case", (target, field) => {
    const errors = assignmentFieldErrors(seed422([target]));
    expect(errors.details(field)).toHaveLength(1);
    expect(errors.unmatched).toEqual([]);
  });

  it("sends details naming no field, or an unknown one, to the banner", () => {
    const errors = assignmentFieldErrors(seed422(["somethingElse"]));
    const untargeted = assignmentFieldErrors(
      new ApiError({
        status: 422,
        kind: "http",
        code: "X",
        message: "m",
        details: [{ code: "InvalidRequestBody", message: "Failed to parse request body." }],
      }),
    );
    expect(errors.unmatched).toHaveLength(1);
    expect(untargeted.unmatched).toHaveLength(1);
  });
});
