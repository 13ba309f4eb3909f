import { describe, expect, it } from "vitest";
import { ApiError, type ApiErrorDetail } from "./api-error";
import { mapApiErrorToFields, mapDetailsToFields } from "./field-errors";

const detail = (target?: string, message = "bad"): ApiErrorDetail => ({
  code: "InvalidValue",
  message,
  ...(target !== undefined && { target }),
});

describe("mapDetailsToFields", () => {
  const assignmentFields = {
    iTwinRoleId: ["iTwinRoleId"],
    packageRoleIds: ["packageRoleIds"],
    iTwinId: ["iTwinId"],
    uniqueName: ["uniqueName"],
  };

  it.each([
    ["ITwinRoleId", "iTwinRoleId"],
    ["itwinroleid", "iTwinRoleId"],
    ["assignments[2].iTwinRoleId", "iTwinRoleId"],
    ["PackageRoleIds", "packageRoleIds"],
    ["assignments[0].packageRoleIds[1]", "packageRoleIds"],
    ["ITWINID", "iTwinId"],
    ["UniqueName", "uniqueName"],
  ] as const)("maps the EDFS target %s to %s", (target, field) => {
    const { byField, unmatched } = mapDetailsToFields([detail(target)], assignmentFields);
    expect(byField[field]).toEqual([detail(target)]);
    expect(unmatched).toEqual([]);
  });

  it("maps the four targets of the EDFS seed 422 each to its field", () => {
    const details = ["ITwinRoleId", "PackageRoleIds", "iTwinId", "uniqueName"].map((t) => detail(t));
    const { byField, unmatched } = mapDetailsToFields(details, assignmentFields);
    expect(Object.values(byField).map((list) => list.length)).toEqual([1, 1, 1, 1]);
    expect(unmatched).toEqual([]);
  });

  it("maps roleIds in every spelling to the role picker, and the rest to the banner", () => {
    const details = [
      detail("roleIds"),
      detail("RoleIds"),
      detail("members[0].roleIds"),
      detail("members[0].roleIds[3]"),
      detail("members[1].email"),
      detail(undefined, "Failed to parse request body or collection is empty."),
      detail("members"),
    ];
    const { byField, unmatched } = mapDetailsToFields(details, { roleIds: ["roleIds"], email: ["email"] });
    expect(byField.roleIds.map((d) => d.target)).toEqual(["roleIds", "RoleIds", "members[0].roleIds", "members[0].roleIds[3]"]);
    expect(byField.email.map((d) => d.target)).toEqual(["members[1].email"]);
    expect(unmatched.map((d) => d.target)).toEqual([undefined, "members"]);
  });

  it("never drops a detail", () => {
    const details = ["a", "b[0]", "", "x.y.z", "$top", "roleIds"].map((t) => detail(t));
    const { byField, unmatched } = mapDetailsToFields(details, { roleIds: ["roleIds"], top: ["$top"] });
    expect(Object.values(byField).flat().length + unmatched.length).toBe(details.length);
    expect(byField.top).toHaveLength(1);
  });

  it("lets a matcher pin an index, in bracket or react-hook-form spelling", () => {
    const details = [detail("members[0].roleIds[0]"), detail("members[1].roleIds")];
    const { byField } = mapDetailsToFields(details, { firstRoles: ["members[0].roleIds"], secondRoles: ["members.1.roleIds"] });
    expect(byField.firstRoles.map((d) => d.target)).toEqual(["members[0].roleIds[0]"]);
    expect(byField.secondRoles.map((d) => d.target)).toEqual(["members[1].roleIds"]);
  });

  it("prefers the most specific matcher", () => {
    const { byField } = mapDetailsToFields([detail("members[2].roleIds")], { anyRoles: ["roleIds"], thirdRoles: ["members[2].roleIds"] });
    expect(byField.anyRoles).toEqual([]);
    expect(byField.thirdRoles).toHaveLength(1);
  });

  it("has an empty list for every field without errors", () => {
    expect(mapDetailsToFields([], { a: ["a"], b: ["b"] })).toEqual({ byField: { a: [], b: [] }, unmatched: [] });
  });
});

describe("mapApiErrorToFields", () => {
  it("uses the error's own target when there are no details", () => {
    const error = new ApiError({
      status: 409,
      kind: "http",
      code: "OwnerAlreadyExists",
      message: "Requested user is already an iTwin Owner.",
      target: "email",
    });
    const { byField, unmatched } = mapApiErrorToFields(error, { email: ["email"] });
    expect(byField.email).toEqual([{ code: "OwnerAlreadyExists", message: "Requested user is already an iTwin Owner.", target: "email" }]);
    expect(unmatched).toEqual([]);
  });

  it("puts a target-less error without details in the banner", () => {
    const error = new ApiError({ status: 422, kind: "http", code: "X", message: "No." });
    expect(mapApiErrorToFields(error, { email: ["email"] }).unmatched).toHaveLength(1);
  });

  it("uses the details when there are some", () => {
    const error = new ApiError({ status: 422, kind: "http", code: "X", message: "No.", target: "email", details: [detail("roleIds")] });
    const { byField, unmatched } = mapApiErrorToFields(error, { email: ["email"], roleIds: ["roleIds"] });
    expect(byField.roleIds).toHaveLength(1);
    expect(byField.email).toEqual([]);
    expect(unmatched).toEqual([]);
  });
});
