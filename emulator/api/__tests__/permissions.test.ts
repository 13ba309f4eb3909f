// @vitest-environment node
// Each demo user × each mutating endpoint → the documented 2xx or 403 (fresh demo data per case).
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID, demoUser, type DemoUserKey } from "../../demo-users";
import { ROLE } from "../../data/role-templates";
import { EXECUTE_PACKAGE_ROLE_ID, groupId, roleId, seededUserId } from "../../data/seed-builder";
import { freshHarnessPerTest, type Harness } from "./harness";

const T = DEFAULT_ITWIN_ID;
const AC = `/accesscontrol/itwins/${T}`;
const EDFS = `/edfs/itwins/${T}/packages/SQL_CUSTOMERS_TABLE/roles`;
const USERS: DemoUserKey[] = ["admin", "manager", "reader", "outsider"];

interface Case {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  /** Expected status for admin, manager, reader, outsider. */
  expect: [number, number, number, number];
  /** Runs as admin before the request (e.g. to add a second owner). */
  setup?: (h: Harness) => Promise<unknown>;
}

const ALLOWED_FOR_MANAGERS = (ok: number): Case["expect"] => [ok, ok, 403, 403];

const CASES: Case[] = [
  {
    name: "R3 create role",
    method: "POST",
    path: `${AC}/roles`,
    body: { displayName: "Auditor", description: "Audits" },
    expect: ALLOWED_FOR_MANAGERS(201),
  },
  {
    name: "R4 update role",
    method: "PATCH",
    path: `${AC}/roles/${roleId(1, ROLE.modelCoordinator)}`,
    body: { description: "Changed" },
    expect: ALLOWED_FOR_MANAGERS(200),
  },
  { name: "R5 delete role", method: "DELETE", path: `${AC}/roles/${roleId(1, ROLE.safetyInspector)}`, expect: ALLOWED_FOR_MANAGERS(204) },
  {
    name: "U3 add user member",
    method: "POST",
    path: `${AC}/members/users`,
    body: { members: [{ email: "oscar.outsider@riverbend.example", roleIds: [roleId(1, 1)] }] },
    expect: ALLOWED_FOR_MANAGERS(201),
  },
  {
    name: "U4 update user member",
    method: "PATCH",
    path: `${AC}/members/users/${seededUserId(5)}`,
    body: { roleIds: [roleId(1, 1)] },
    expect: ALLOWED_FOR_MANAGERS(200),
  },
  { name: "U5 remove user member", method: "DELETE", path: `${AC}/members/users/${seededUserId(6)}`, expect: ALLOWED_FOR_MANAGERS(204) },
  {
    name: "G3 add group member",
    method: "POST",
    path: `${AC}/members/groups`,
    body: { members: [{ groupId: groupId(1, 10), roleIds: [roleId(1, 1)] }] },
    expect: ALLOWED_FOR_MANAGERS(201),
  },
  {
    name: "G4 update group member",
    method: "PATCH",
    path: `${AC}/members/groups/${groupId(1, 2)}`,
    body: { roleIds: [roleId(1, 1)] },
    expect: ALLOWED_FOR_MANAGERS(200),
  },
  { name: "G5 remove group member", method: "DELETE", path: `${AC}/members/groups/${groupId(1, 3)}`, expect: ALLOWED_FOR_MANAGERS(204) },
  // Only owners and org admins may add or remove owners.
  {
    name: "O2 add owner",
    method: "POST",
    path: `${AC}/members/owners`,
    body: { email: "rita.reader@riverbend.example" },
    expect: [201, 403, 403, 403],
  },
  {
    name: "O3 remove owner",
    method: "DELETE",
    path: `${AC}/members/owners/${seededUserId(3)}`,
    expect: [204, 403, 403, 403],
    setup: async (h) => {
      const u = await h.api("GET", `/users/${seededUserId(3)}`);
      return h.api("POST", `${AC}/members/owners`, { body: { email: u.body.user.email } });
    },
  },
  // Invitation f1…02 was sent by the manager: he may cancel it, the reader may not even see it.
  {
    name: "I3 cancel invitation",
    method: "DELETE",
    path: `${AC}/members/invitations/f1000000-0000-4000-8000-000000000002`,
    expect: [204, 204, 403, 403],
  },
  {
    name: "GR3 create group",
    method: "POST",
    path: `${AC}/groups`,
    body: { name: "Night Shift", description: "d" },
    expect: ALLOWED_FOR_MANAGERS(201),
  },
  {
    name: "GR4 rename group",
    method: "PATCH",
    path: `${AC}/groups/${groupId(1, 11)}`,
    body: { name: "Purchasing" },
    expect: ALLOWED_FOR_MANAGERS(200),
  },
  {
    name: "GR4 change group members",
    method: "PATCH",
    path: `${AC}/groups/${groupId(1, 12)}`,
    body: { members: ["rita.reader@riverbend.example"] },
    expect: ALLOWED_FOR_MANAGERS(200),
  },
  { name: "GR5 delete group", method: "DELETE", path: `${AC}/groups/${groupId(1, 12)}`, expect: ALLOWED_FOR_MANAGERS(204) },
  // Execute Integration Package needs edfs_objipexec, which the manager lacks.
  {
    name: "E5 assign Execute Integration Package",
    method: "POST",
    path: EDFS,
    body: { assignments: [{ iTwinRoleId: roleId(1, 1), packageRoleIds: [EXECUTE_PACKAGE_ROLE_ID] }] },
    expect: [200, 403, 403, 403],
  },
  {
    name: "E6 replace (unassign) Execute Integration Package",
    method: "PATCH",
    path: EDFS,
    body: { assignments: [{ iTwinRoleId: roleId(1, ROLE.edfsIntegration), packageRoleIds: [] }] },
    expect: [200, 403, 403, 403],
  },
  {
    name: "E6 with no package-role change",
    method: "PATCH",
    path: EDFS,
    body: { assignments: [{ iTwinRoleId: roleId(1, ROLE.edfsIntegration), packageRoleIds: [EXECUTE_PACKAGE_ROLE_ID] }] },
    expect: [200, 200, 403, 403],
  },
  {
    name: "E7 remove all for a role",
    method: "DELETE",
    path: EDFS,
    body: { iTwinRoleIds: [roleId(1, ROLE.edfsIntegration)] },
    expect: [200, 403, 403, 403],
  },
  {
    name: "E7 remove for a role without assignments",
    method: "DELETE",
    path: EDFS,
    body: { iTwinRoleIds: [roleId(1, ROLE.reader)] },
    expect: [200, 200, 403, 403],
  },
  // Favorites need membership; a non-member sees 404 iTwinNotFound.
  // The iTwins API answers members only: the administrator is a member of none (itwins-scope.test.ts widens it).
  { name: "favorite the default iTwin", method: "POST", path: `/itwins/favorites/${T}`, expect: [404, 204, 204, 404] },
  { name: "mark the default iTwin recent", method: "POST", path: `/itwins/recents/${T}`, expect: [404, 204, 204, 404] },
];

const h = freshHarnessPerTest();

describe.each(CASES)("$name", (c) => {
  it.each(USERS.map((u, i) => [u, c.expect[i]!] as const))("as %s → %i", async (user, status) => {
    if (c.setup) await c.setup(h);
    const r = await h.api(c.method, c.path, { as: user, body: c.body });
    expect(r.status, r.text).toBe(status);
    if (status === 403)
      expect(r.body).toEqual({
        error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." },
      });
  });
});

describe("reads", () => {
  it.each([
    ["roles list", `${AC}/roles`, [200, 200, 403, 403]],
    ["user members", `${AC}/members/users`, [200, 200, 200, 403]],
    ["group members", `${AC}/members/groups`, [200, 200, 200, 403]],
    ["owners", `${AC}/members/owners`, [200, 200, 200, 403]],
    ["invitations", `${AC}/members/invitations`, [200, 200, 200, 403]],
    // Organization administrators only, owners and holders of administration_manage_groups included.
    ["groups list", `${AC}/groups`, [200, 403, 403, 403]],
    ["one group", `${AC}/groups/${groupId(1, 1)}`, [200, 200, 403, 403]],
    ["packages", "/edfs/packages", [200, 200, 403, 403]],
    ["package roles", "/edfs/packages/roles", [200, 200, 403, 403]],
    ["assignments", EDFS, [200, 200, 403, 403]],
    ["iTwin", `/itwins/${T}`, [404, 200, 200, 404]],
  ] as const)("%s", async (_name, path, expected) => {
    const got = [];
    for (const u of USERS) got.push((await h.api("GET", path, { as: u })).status);
    expect(got).toEqual(expected);
  });

  it("the manager's permissions come partly through the Site Engineers group", async () => {
    const before = (await h.api("GET", `${AC}/permissions`, { as: "manager" })).body.permissions as string[];
    expect(before).toContain("imodels_write"); // iTwin Contributor, held only via the group
    await h.api("DELETE", `${AC}/members/groups/${groupId(1, 1)}`);
    const after = (await h.api("GET", `${AC}/permissions`, { as: "manager" })).body.permissions as string[];
    expect(after).not.toContain("imodels_write");
    expect(after).toContain("administration_manage_roles");
  });

  it("a manager removed from the iTwin loses the rights at once", async () => {
    await h.api("DELETE", `${AC}/members/users/${demoUser("manager").id}`);
    await h.api("DELETE", `${AC}/members/groups/${groupId(1, 1)}`);
    expect((await h.api("GET", `${AC}/roles`, { as: "manager" })).status).toBe(403);
    expect((await h.api("GET", `${AC}/permissions`, { as: "manager" })).body).toEqual({ permissions: [] });
  });
});

describe("groups list (get-itwin-groups)", () => {
  it("answers the documented 403 to an owner of the iTwin who is not an organization administrator", async () => {
    await h.api("POST", `${AC}/members/owners`, { body: { email: "paul.manager@riverbend.example" } });
    const r = await h.api("GET", `${AC}/groups?$top=10`, { as: "manager" });
    expect([r.status, r.body]).toEqual([
      403,
      { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
    ]);
  });
});
