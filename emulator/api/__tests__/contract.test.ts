// @vitest-environment node
// Every documented (status, code, message, details/targets) tuple the emulator implements, asserted
// exactly: Bentley's published bodies and error rows (docs/api-reference.md).
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID, demoUser } from "../../demo-users";
import { EXECUTE_PACKAGE_ROLE_ID, groupId, roleId } from "../../data/seed-builder";
import { freshHarnessPerTest } from "./harness";

const T = DEFAULT_ITWIN_ID;
const ZERO = "00000000-0000-0000-0000-000000000000";
const AC = `/accesscontrol/itwins/${T}`;
const EDFS = `/edfs/itwins/${T}/packages/SQL_CUSTOMERS_TABLE/roles`;

const E = {
  headerNotFound: { error: { code: "HeaderNotFound", message: "Header Authorization was not found in the request. Access denied." } },
  unauthorized: {
    error: {
      code: "Unauthorized",
      message: "Access denied due to invalid access_token. Make sure to provide a valid token for this API endpoint.",
    },
  },
  forbidden: { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
  acITwin: { error: { code: "ItwinNotFound", message: "Requested iTwin is not available." } },
  iTwin: { error: { code: "iTwinNotFound", message: "Requested iTwin is not available." } },
  teamMember: { error: { code: "TeamMemberNotFound", message: "Requested team member is not available." } },
  group: { error: { code: "GroupNotFound", message: "Requested group is not available." } },
  invitation: { error: { code: "InvitationNotFound", message: "Requested invitation is not available." } },
  pkg: { error: { code: "PackageNotFound", message: "Requested Package is not available." } },
  role: (target?: string) => ({
    error: { code: "RoleNotFound", message: "Requested Role is not available.", ...(target ? { target } : {}) },
  }),
  member422: (...details: object[]) => ({
    error: { code: "InvalidiTwinsMemberRequest", message: "Request body or query is invalid.", details },
  }),
  role422: (...details: object[]) => ({ error: { code: "InvalidiTwinsRoleRequest", message: "Cannot create/update Role.", details } }),
  assign422: (...details: object[]) => ({
    error: { code: "InvalidAssignmentListRequest", message: "Cannot create AssignmentList.", details },
  }),
};
const D = {
  missing: (target: string) => ({ code: "MissingRequiredProperty", message: "Required property is missing.", target }),
  tooMany: (target: string) => ({ code: "InvalidProperty", message: "Collection size exceeds maximum size.", target }),
  invalidBody: { code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." },
  top: { code: "InvalidValue", message: "Value outside of valid range.", target: "$top" },
  roleId: { code: "InvalidValue", message: "Provided iTwin Role ID value is not valid.", target: "ITwinRoleId" },
  pkgRoleIds: { code: "InvalidValue", message: "Provided Package Role ID value is not valid.", target: "PackageRoleIds" },
  iTwinId: { code: "InvalidValue", message: "Provided iTwin ID value is not valid.", target: "iTwinId" },
  uniqueName: { code: "InvalidValue", message: "Provided Unique Name value contains invalid characters.", target: "uniqueName" },
};
const manyRoleIds = (n: number) => Array.from({ length: n }, () => roleId(1, 1));

const h = freshHarnessPerTest();

describe("401", () => {
  it.each([
    ["GET", `${AC}/roles`],
    ["PATCH", `${AC}/members/users/${demoUser("reader").id}`],
    ["POST", EDFS],
    ["GET", "/itwins"],
    ["GET", "/users/me"],
  ])("%s %s without Authorization → HeaderNotFound (seed 000)", async (method, path) => {
    const r = await h.api(method, path, { as: null, body: method === "GET" ? undefined : {} });
    expect(r.status).toBe(401);
    expect(r.body).toEqual(E.headerNotFound);
  });

  it("a non-Bearer scheme → InvalidAuthorizationScheme naming the scheme", async () => {
    const r = await h.api("GET", `${AC}/roles`, { headers: { Authorization: `Baerer ${await h.token("admin")}` } });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: { code: "InvalidAuthorizationScheme", message: "Authorization scheme 'Baerer' is not valid." } });
  });

  it.each([
    ["garbage", async () => "not-a-jwt"],
    [
      "expired",
      async () => h.mint(demoUser("admin").id, { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }),
    ],
    ["wrong audience", async () => h.mint(demoUser("admin").id, { aud: "someone-else" })],
    ["wrong issuer", async () => h.mint(demoUser("admin").id, { issuer: "https://evil.example" })],
    ["missing scope", async () => h.mint(demoUser("admin").id, { scope: "openid" })],
    ["empty token", async () => ""],
  ])("%s token → Unauthorized", async (_name, make) => {
    const r = await h.api("GET", `${AC}/roles`, { headers: { Authorization: `Bearer ${await make()}` } });
    expect(r.status).toBe(401);
    expect(r.body).toEqual(E.unauthorized);
  });
});

describe("403 and 404 on the iTwin", () => {
  it("reader listing roles → InsufficientPermissions (seed 003)", async () => {
    const r = await h.api("GET", `${AC}/roles`, { as: "reader" });
    expect([r.status, r.body]).toEqual([403, E.forbidden]);
  });
  it("outsider listing members → InsufficientPermissions", async () => {
    const r = await h.api("GET", `${AC}/members/users`, { as: "outsider" });
    expect([r.status, r.body]).toEqual([403, E.forbidden]);
  });
  it.each([ZERO, "not-a-guid"])("AC with iTwin %s → ItwinNotFound (seed 003, 004)", async (id) => {
    for (const path of [
      `/accesscontrol/itwins/${id}/roles`,
      `/accesscontrol/itwins/${id}/members/groups`,
      `/accesscontrol/itwins/${id}/permissions`,
    ]) {
      const r = await h.api("GET", path);
      expect([r.status, r.body]).toEqual([404, E.acITwin]);
    }
  });
  it("iTwins API: unknown iTwin and non-member → iTwinNotFound (lower-case i)", async () => {
    expect((await h.api("GET", `/itwins/${ZERO}`)).body).toEqual(E.iTwin);
    const r = await h.api("GET", `/itwins/${T}`, { as: "outsider" });
    expect([r.status, r.body]).toEqual([404, E.iTwin]);
  });
  it("404 iTwin comes before 403 and 422", async () => {
    const r = await h.api("PATCH", `/accesscontrol/itwins/${ZERO}/members/users/${ZERO}`, { as: "reader", body: {} });
    expect([r.status, r.body]).toEqual([404, E.acITwin]);
  });
  it("EDFS unknown iTwin → ItwinNotFound", async () => {
    const r = await h.api("GET", `/edfs/itwins/${ZERO}/packages/SQL_CUSTOMERS_TABLE/roles`);
    expect([r.status, r.body]).toEqual([404, E.acITwin]);
  });
});

describe("404 sub-resources", () => {
  it.each([
    [`${AC}/roles/${ZERO}`, E.role()],
    [`${AC}/roles/not-a-guid`, E.role()],
    [`${AC}/members/users/${ZERO}`, E.teamMember],
    [`${AC}/members/groups/${ZERO}`, E.teamMember],
    [`${AC}/groups/${ZERO}`, E.group],
    [`${AC}/groups/not-a-guid`, E.group],
    [`${AC}/members/invitations/${ZERO}`, E.invitation],
    [`${AC}/members/invitations/not-a-guid`, E.invitation],
    ["/edfs/packages/NO_SUCH_PACKAGE", E.pkg],
    [`/edfs/itwins/${T}/packages/NO_SUCH_PACKAGE/roles`, E.pkg],
    [`/users/${ZERO}`, { error: { code: "UserNotFound", message: "Requested user is not available." } }],
  ])("GET %s", async (path, body) => {
    const r = await h.api("GET", path);
    expect([r.status, r.body]).toEqual([404, body]);
  });

  it("add user member with an unknown role → RoleNotFound with target", async () => {
    const r = await h.api("POST", `${AC}/members/users`, {
      body: { members: [{ email: "x@riverbend.example", roleIds: [roleId(1, 1), ZERO] }] },
    });
    expect([r.status, r.body]).toEqual([404, E.role("members[0].roleIds[1]")]);
  });
  it("update user member with an unknown role → RoleNotFound roleIds[0]", async () => {
    const r = await h.api("PATCH", `${AC}/members/users/${demoUser("reader").id}`, { body: { roleIds: [ZERO] } });
    expect([r.status, r.body]).toEqual([404, E.role("roleIds[0]")]);
  });
  it("update/remove an unknown user member → TeamMemberNotFound", async () => {
    expect((await h.api("PATCH", `${AC}/members/users/${ZERO}`, { body: { roleIds: [roleId(1, 1)] } })).body).toEqual(E.teamMember);
    expect((await h.api("DELETE", `${AC}/members/users/${ZERO}`)).body).toEqual(E.teamMember);
    expect((await h.api("DELETE", `${AC}/members/groups/${ZERO}`)).body).toEqual(E.teamMember);
  });
  it("add group member with an unknown group → GroupNotFound with target", async () => {
    const r = await h.api("POST", `${AC}/members/groups`, { body: { members: [{ groupId: ZERO, roleIds: [roleId(1, 1)] }] } });
    expect([r.status, r.body]).toEqual([404, { error: { ...E.group.error, target: "members[0].groupId" } }]);
  });
  it("update a role with an unknown permission → PermissionNotFound permissions[1]", async () => {
    const r = await h.api("PATCH", `${AC}/roles/${roleId(1, 3)}`, { body: { permissions: ["imodels_read", "nope_nothing"] } });
    expect([r.status, r.body]).toEqual([
      404,
      { error: { code: "PermissionNotFound", message: "Requested permission is not available.", target: "permissions[1]" } },
    ]);
  });
  it("group PATCH with an invalid e-mail → TeamMemberNotFound", async () => {
    const r = await h.api("PATCH", `${AC}/groups/${groupId(1, 1)}`, { body: { members: ["invalid-email-format"] } });
    expect([r.status, r.body]).toEqual([404, { error: { ...E.teamMember.error, target: "members[0]" } }]);
  });
  it("adding an existing owner → 409 OwnerAlreadyExists", async () => {
    const r = await h.api("POST", `${AC}/members/owners`, { body: { email: "grace.hopkins@riverbend.example" } });
    expect([r.status, r.body]).toEqual([
      409,
      { error: { code: "OwnerAlreadyExists", message: "Requested user is already an iTwin Owner.", target: "email" } },
    ]);
  });
});

describe("422 InvalidiTwinsMemberRequest", () => {
  const member = `${AC}/members/users/${demoUser("reader").id}`;
  it.each([
    ["PATCH user member without roleIds (seed 002)", "PATCH", member, {}, [D.missing("roleIds")]],
    ["PATCH user member with 51 roleIds (seed 002)", "PATCH", member, { roleIds: manyRoleIds(51) }, [D.tooMany("roleIds")]],
    ["PATCH user member with empty roleIds (seed 002)", "PATCH", member, { roleIds: [] }, [D.invalidBody]],
    ["PATCH group member without roleIds", "PATCH", `${AC}/members/groups/${groupId(1, 1)}`, {}, [D.missing("roleIds")]],
    [
      "PATCH group member with 51 roleIds",
      "PATCH",
      `${AC}/members/groups/${groupId(1, 1)}`,
      { roleIds: manyRoleIds(51) },
      [D.tooMany("roleIds")],
    ],
    [
      "add user member without email",
      "POST",
      `${AC}/members/users`,
      { members: [{ roleIds: [roleId(1, 1)] }] },
      [D.missing("members[0].email")],
    ],
    [
      "add user member without roleIds",
      "POST",
      `${AC}/members/users`,
      { members: [{ email: "a@b.example" }] },
      [D.missing("members[0].roleIds")],
    ],
    [
      "add user members: both missing on two entries",
      "POST",
      `${AC}/members/users`,
      { members: [{ email: "a@b.example", roleIds: [roleId(1, 1)] }, {}] },
      [D.missing("members[1].email"), D.missing("members[1].roleIds")],
    ],
    [
      "add user members over 50 role assignments",
      "POST",
      `${AC}/members/users`,
      { members: Array.from({ length: 11 }, (_, i) => ({ email: `u${i}@x.example`, roleIds: manyRoleIds(5) })) },
      [D.tooMany("members")],
    ],
    ["add user members with an empty list", "POST", `${AC}/members/users`, { members: [] }, [D.invalidBody]],
    [
      "add group member without groupId",
      "POST",
      `${AC}/members/groups`,
      { members: [{ roleIds: [roleId(1, 1)] }] },
      [D.missing("members[0].groupId")],
    ],
    ["add owner without email", "POST", `${AC}/members/owners`, {}, [D.missing("email")]],
  ])("%s", async (_name, method, path, body, details) => {
    const r = await h.api(method, path, { body });
    expect([r.status, r.body]).toEqual([422, E.member422(...details)]);
  });

  it("a body that is not JSON → InvalidRequestBody", async () => {
    const r = await h.api("PATCH", member, { raw: "{roleIds:", headers: { "Content-Type": "application/json" } });
    expect([r.status, r.body]).toEqual([422, E.member422(D.invalidBody)]);
  });

  it.each(["0", "1001", "-5", "abc"])("$top=%s on user/group/owner members (seed 004)", async (top) => {
    for (const list of ["users", "groups", "owners"]) {
      const r = await h.api("GET", `${AC}/members/${list}?$top=${top}`);
      expect([r.status, r.body]).toEqual([422, E.member422(D.top)]);
    }
  });

  it("$top out of range on invitations → InvalidiTwinsMemberInvitationsRequest", async () => {
    const r = await h.api("GET", `${AC}/members/invitations?$top=0`);
    expect([r.status, r.body]).toEqual([
      422,
      { error: { code: "InvalidiTwinsMemberInvitationsRequest", message: "Request body or query is invalid.", details: [D.top] } },
    ]);
  });

  it("403 comes before 422", async () => {
    const r = await h.api("PATCH", member, { as: "reader", body: {} });
    expect([r.status, r.body]).toEqual([403, E.forbidden]);
  });
});

describe("422 InvalidiTwinsRoleRequest", () => {
  it.each([
    [{ description: "d" }, [D.missing("displayName")]],
    [{ displayName: "New role" }, [D.missing("description")]],
    [{}, [D.missing("displayName"), D.missing("description")]],
    [[1, 2], [D.invalidBody]],
  ])("create role with %j", async (body, details) => {
    const r = await h.api("POST", `${AC}/roles`, { body });
    expect([r.status, r.body]).toEqual([422, E.role422(...details)]);
  });
  it("update role with an empty displayName", async () => {
    const r = await h.api("PATCH", `${AC}/roles/${roleId(1, 3)}`, { body: { displayName: "" } });
    expect([r.status, r.body]).toEqual([422, E.role422(D.missing("displayName"))]);
  });
});

describe("422 InvalidiTwinsGroupRequest", () => {
  it("create group with an empty name", async () => {
    const r = await h.api("POST", `${AC}/groups`, { body: { name: "", description: "d" } });
    expect([r.status, r.body]).toEqual([
      422,
      { error: { code: "InvalidiTwinsGroupRequest", message: "Cannot create/update group.", details: [D.missing("Name")] } },
    ]);
  });
  it("update group with 51 members", async () => {
    const r = await h.api("PATCH", `${AC}/groups/${groupId(1, 1)}`, {
      body: { members: Array.from({ length: 51 }, (_, i) => `p${i}@riverbend.example`) },
    });
    expect([r.status, r.body]).toEqual([
      422,
      { error: { code: "InvalidiTwinsGroupRequest", message: "Cannot create/update group.", details: [D.tooMany("Members")] } },
    ]);
  });
});

describe("422 InvalidAssignmentListRequest (seed 000, 001)", () => {
  const good = { assignments: [{ iTwinRoleId: roleId(1, 1), packageRoleIds: [EXECUTE_PACKAGE_ROLE_ID] }] };
  it.each([
    [
      "an iTwin role that is not on the iTwin",
      EDFS,
      { assignments: [{ iTwinRoleId: ZERO, packageRoleIds: [EXECUTE_PACKAGE_ROLE_ID] }] },
      [D.roleId],
    ],
    ["an unknown package role", EDFS, { assignments: [{ iTwinRoleId: roleId(1, 1), packageRoleIds: [ZERO] }] }, [D.pkgRoleIds]],
    ["a malformed iTwin id", `/edfs/itwins/not-a-guid/packages/SQL_CUSTOMERS_TABLE/roles`, good, [D.iTwinId]],
    [
      "a unique name with invalid characters",
      `/edfs/itwins/${T}/packages/SQL%20CUSTOMERS!/roles`,
      good,
      [D.roleId, D.pkgRoleIds, D.iTwinId, D.uniqueName].slice(3),
    ],
    [
      "all four at once, as in the seed",
      `/edfs/itwins/not-a-guid/packages/SQL%20CUSTOMERS!/roles`,
      { assignments: [{ iTwinRoleId: "nope", packageRoleIds: [ZERO] }] },
      [D.roleId, D.pkgRoleIds, D.iTwinId, D.uniqueName],
    ],
  ])("POST with %s", async (_name, path, body, details) => {
    const r = await h.api("POST", path, { body });
    expect([r.status, r.body]).toEqual([422, E.assign422(...details)]);
  });
  it("PATCH and DELETE validate the same way", async () => {
    const p = await h.api("PATCH", EDFS, { body: { assignments: [{ iTwinRoleId: "x", packageRoleIds: [EXECUTE_PACKAGE_ROLE_ID] }] } });
    expect([p.status, p.body]).toEqual([422, E.assign422(D.roleId)]);
    const d = await h.api("DELETE", EDFS, { body: { iTwinRoleIds: [ZERO] } });
    expect([d.status, d.body]).toEqual([422, E.assign422(D.roleId)]);
  });
  it("a manager without edfs_objipexec assigning Execute Integration Package → 403 (seed 001)", async () => {
    const r = await h.api("POST", EDFS, { as: "manager", body: good });
    expect([r.status, r.body]).toEqual([403, E.forbidden]);
  });
});

describe("429 (seed 001, 003, 004)", () => {
  it.each(["TooManyRequests", "RateLimitExceeded"] as const)("%s body with Retry-After", async (code) => {
    await h.controls.setFaults({ rateLimitFraction: 1, rateLimitCode: code, retryAfterSeconds: 7 });
    try {
      const r = await h.api("GET", `${AC}/roles`);
      expect(r.status).toBe(429);
      expect(r.headers.get("retry-after")).toBe("7");
      expect(r.body).toEqual(
        code === "TooManyRequests"
          ? { error: { code, message: "More requests were received than the subscription rate-limit allows." } }
          : { error: { code, message: "The client sent more requests than allowed by this API for the current tier of the client." } },
      );
    } finally {
      await h.controls.clearFaults();
    }
  });
});
