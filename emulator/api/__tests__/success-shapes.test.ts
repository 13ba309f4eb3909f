// @vitest-environment node
// Each seed's request example, sent as documented (seeded ids in place of the portal's sample GUIDs),
// gets the documented success body; every other operation's success body matches its wire.ts schema.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as W from "../../../src/api/wire";
import { DEFAULT_ITWIN_ID, demoUser } from "../../demo-users";
import { EXECUTE_PACKAGE_ROLE_ID, groupId, roleId, seededUserId } from "../../data/seed-builder";
import { ROLE } from "../../data/role-templates";
import { freshHarnessPerTest } from "./harness";

const T = DEFAULT_ITWIN_ID;
const AC = `/accesscontrol/itwins/${T}`;

const h = freshHarnessPerTest();

function expectShape<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  return parsed.data as z.infer<S>;
}

describe("seed request examples", () => {
  it("001: POST EDFS assignments → 200 with the documented assignment", async () => {
    const r = await h.api("POST", `/edfs/itwins/${T}/packages/MAXIMO_ASSET_REGISTER/roles`, {
      body: { assignments: [{ iTwinRoleId: roleId(1, ROLE.edfsIntegration), packageRoleIds: [EXECUTE_PACKAGE_ROLE_ID] }] },
    });
    expect(r.status).toBe(200);
    expect(expectShape(W.AssignmentsResponse, r.body)).toEqual({
      assignments: [
        {
          iTwinRoleName: "EDFS_integration",
          iTwinRoleId: roleId(1, ROLE.edfsIntegration),
          packageRoles: [{ packageRoleName: "Execute Integration Package", packageRoleId: EXECUTE_PACKAGE_ROLE_ID }],
        },
      ],
    });
  });

  it("002: PATCH user member roleIds → 200 {member} with the new roles", async () => {
    const memberId = seededUserId(5);
    const r = await h.api("PATCH", `${AC}/members/users/${memberId}`, {
      as: "manager",
      body: { roleIds: [roleId(1, ROLE.readAccess), roleId(1, ROLE.writeAccess)] },
    });
    expect(r.status).toBe(200);
    const { member } = expectShape(W.UserMemberResponse, r.body);
    expect(member.id).toBe(memberId);
    expect(member.roles).toEqual([
      { id: roleId(1, ROLE.readAccess), displayName: "Read Access", description: "Read Access" },
      { id: roleId(1, ROLE.writeAccess), displayName: "Write Access", description: "Write Access" },
    ]);
  });

  it("003: GET roles → {roles} incl. iTwin Reader and iTwin Contributor, not paged", async () => {
    const r = await h.api("GET", `${AC}/roles`, { as: "manager" });
    expect(r.status).toBe(200);
    const { roles } = expectShape(W.RolesResponse, r.body);
    expect(r.body._links).toBeUndefined();
    expect(roles.map((x) => x.displayName)).toEqual(
      expect.arrayContaining(["iTwin Reader", "iTwin Contributor", "Read Access", "Write Access", "EDFS_integration", "Project Manager"]),
    );
    expect(roles.every((x) => x.type === "Default" || x.type === "Custom")).toBe(true);
  });

  it("004: GET group members → {members, _links} with absolute links", async () => {
    const r = await h.api("GET", `${AC}/members/groups`, { as: "reader" });
    expect(r.status).toBe(200);
    const body = expectShape(W.GroupMembersResponse, r.body);
    expect(body.members[0]).toEqual({
      id: groupId(1, 1),
      groupName: "Site Engineers",
      groupDescription: "Engineers working on site",
      roles: [expect.objectContaining({ displayName: "iTwin Contributor" })],
    });
    const self = `${h.origin}/api${AC}/members/groups?$skip=0&$top=100`;
    expect(body._links).toEqual({ self: { href: self }, prev: { href: self } });
  });
});

describe("success shapes", () => {
  it("permissions: catalogue and the caller's own", async () => {
    const all = expectShape(W.PermissionsResponse, (await h.api("GET", "/accesscontrol/itwins/permissions", { as: "outsider" })).body);
    expect(all.permissions.length).toBeGreaterThanOrEqual(80);
    expect(all.permissions).toEqual(
      expect.arrayContaining([
        "administration_manage_roles",
        "administration_invite_member",
        "administration_remove_member",
        "administration_manage_groups",
        "edfs_ilsmng",
        "edfs_objipexec",
        "edfs_projmng",
      ]),
    );
    const admin = expectShape(W.PermissionsResponse, (await h.api("GET", `${AC}/permissions`)).body);
    expect(admin.permissions.sort()).toEqual([...all.permissions].sort());
    const mgr = expectShape(W.PermissionsResponse, (await h.api("GET", `${AC}/permissions`, { as: "manager" })).body);
    expect(mgr.permissions).toEqual(
      expect.arrayContaining([
        "administration_manage_roles",
        "administration_invite_member",
        "administration_remove_member",
        "administration_manage_groups",
        "edfs_ilsmng",
        "imodels_write",
      ]),
    );
    expect(mgr.permissions).not.toContain("edfs_objipexec");
    expect((await h.api("GET", `${AC}/permissions`, { as: "outsider" })).body).toEqual({ permissions: [] });
  });

  it("roles: get, create (Custom, no permissions), update, delete", async () => {
    expectShape(W.RoleResponse, (await h.api("GET", `${AC}/roles/${roleId(1, 1)}`)).body);
    const c = await h.api("POST", `${AC}/roles`, { body: { displayName: "Inspector", description: "Inspects" } });
    expect(c.status).toBe(201);
    const { role } = expectShape(W.RoleResponse, c.body);
    expect(role).toEqual({ id: expect.any(String), displayName: "Inspector", description: "Inspects", type: "Custom" });
    const u = await h.api("PATCH", `${AC}/roles/${role.id}`, { body: { permissions: ["imodels_read", "issues_view"] } });
    expect(expectShape(W.RoleResponse, u.body).role.permissions).toEqual(["imodels_read", "issues_view"]);
    expect((await h.api("DELETE", `${AC}/roles/${role.id}`)).status).toBe(204);
    expect((await h.api("GET", `${AC}/roles/${role.id}`)).status).toBe(404);
  });

  it("user members: list, get, add (member + invitation), remove; missing users have null profiles", async () => {
    const list = expectShape(W.UserMembersResponse, (await h.api("GET", `${AC}/members/users?$top=1000`, { as: "reader" })).body);
    expect(list.members.length).toBeGreaterThanOrEqual(150);
    const missing = list.members.filter((m) => m.email === null);
    expect(missing).toHaveLength(2);
    expect(missing.every((m) => m.givenName === null && m.surname === null && m.organization === null && m.roles.length > 0)).toBe(true);
    expectShape(W.UserMemberResponse, (await h.api("GET", `${AC}/members/users/${demoUser("reader").id}`, { as: "reader" })).body);

    const add = await h.api("POST", `${AC}/members/users`, {
      as: "manager",
      body: {
        members: [
          { email: "OSCAR.outsider@riverbend.example", roleIds: [roleId(1, 1)] },
          { email: "new.person@elsewhere.example", roleIds: [roleId(1, 2)] },
        ],
        customMessage: "Welcome",
      },
    });
    expect(add.status).toBe(201);
    const added = expectShape(W.AddUserMembersResponse, add.body);
    expect(added.members.map((m) => m.id)).toEqual([demoUser("outsider").id]);
    expect(added.invitations).toEqual([
      expect.objectContaining({
        email: "new.person@elsewhere.example",
        invitedByEmail: demoUser("manager").email,
        status: "Pending",
        roles: [{ id: roleId(1, 2), displayName: "iTwin Contributor" }],
      }),
    ]);
    expect((await h.api("GET", `/itwins/${T}`, { as: "outsider" })).status).toBe(200);
    expect((await h.api("DELETE", `${AC}/members/users/${demoUser("outsider").id}`, { as: "manager" })).status).toBe(204);
    expect((await h.api("GET", `/itwins/${T}`, { as: "outsider" })).status).toBe(404);
  });

  it("group members: get, add, update, remove", async () => {
    expectShape(W.GroupMemberResponse, (await h.api("GET", `${AC}/members/groups/${groupId(1, 1)}`, { as: "reader" })).body);
    const add = await h.api("POST", `${AC}/members/groups`, {
      as: "manager",
      body: { members: [{ groupId: groupId(1, 10), roleIds: [roleId(1, 1)] }] },
    });
    expect(add.status).toBe(201);
    expect(expectShape(W.AddGroupMembersResponse, add.body).members[0]).toMatchObject({
      id: groupId(1, 10),
      groupName: "Field Supervisors",
    });
    const upd = await h.api("PATCH", `${AC}/members/groups/${groupId(1, 10)}`, { as: "manager", body: { roleIds: [roleId(1, 3)] } });
    expect(expectShape(W.GroupMemberResponse, upd.body).member.roles.map((r) => r.displayName)).toEqual(["Read Access"]);
    expect((await h.api("DELETE", `${AC}/members/groups/${groupId(1, 10)}`, { as: "manager" })).status).toBe(204);
  });

  it("owners: list, add (member or invitation), remove", async () => {
    const list = expectShape(W.OwnersResponse, (await h.api("GET", `${AC}/members/owners`, { as: "reader" })).body);
    expect(list.members.map((m) => m.email)).toEqual(["grace.hopkins@riverbend.example"]);
    const add = expectShape(
      W.AddOwnerResponse,
      (await h.api("POST", `${AC}/members/owners`, { body: { email: demoUser("reader").email } })).body,
    );
    expect(add).toEqual({ member: expect.objectContaining({ id: demoUser("reader").id }), invitation: null });
    const ext = expectShape(
      W.AddOwnerResponse,
      (await h.api("POST", `${AC}/members/owners`, { body: { email: "boss@elsewhere.example" } })).body,
    );
    expect(ext.member).toBeNull();
    expect(ext.invitation?.email).toBe("boss@elsewhere.example");
    expect((await h.api("DELETE", `${AC}/members/owners/${demoUser("reader").id}`)).status).toBe(204);
  });

  it("invitations: owners see all, the manager only his own; get and cancel; expired ones are gone", async () => {
    const all = expectShape(W.InvitationsResponse, (await h.api("GET", `${AC}/members/invitations`)).body);
    expect(all.invitations).toHaveLength(5);
    const mine = expectShape(W.InvitationsResponse, (await h.api("GET", `${AC}/members/invitations`, { as: "manager" })).body);
    expect(mine.invitations.map((i) => i.invitedByEmail)).toEqual([demoUser("manager").email, demoUser("manager").email]);
    const one = expectShape(
      W.InvitationResponse,
      (await h.api("GET", `${AC}/members/invitations/${mine.invitations[0]!.id}`, { as: "manager" })).body,
    );
    expect(one.invitation).toMatchObject({ inviterGivenName: "Paul", projectDisplayName: "White River Bridge" });
    expect((await h.api("DELETE", `${AC}/members/invitations/${one.invitation.id}`, { as: "manager" })).status).toBe(204);
    expect((await h.api("GET", `${AC}/members/invitations/${one.invitation.id}`)).status).toBe(404);
  });

  it("groups: list for organization administrators (links only when paged), get, create, update members and IMS groups, delete", async () => {
    const all = expectShape(W.GroupsResponse, (await h.api("GET", `${AC}/groups`, { as: "admin" })).body);
    expect(all.groups).toHaveLength(12);
    expect(all._links).toBeUndefined();
    const paged = expectShape(W.GroupsResponse, (await h.api("GET", `${AC}/groups?$top=5`, { as: "admin" })).body);
    expect(paged.groups).toHaveLength(5);
    expect(paged._links?.next?.href).toBe(`${h.origin}/api${AC}/groups?$skip=5&$top=5`);
    const g = expectShape(
      W.GroupResponse,
      (await h.api("POST", `${AC}/groups`, { as: "manager", body: { name: "Night Shift", description: "After hours" } })).body,
    ).group;
    // membersCount / imsGroupsCount say how many there are when the lists are cut at 50.
    expect(g).toEqual({
      id: expect.any(String),
      name: "Night Shift",
      description: "After hours",
      members: [],
      imsGroups: [],
      membersCount: 0,
      imsGroupsCount: 0,
    });
    const u = await h.api("PATCH", `${AC}/groups/${g.id}`, {
      as: "manager",
      body: { members: [demoUser("reader").email], imsGroups: ["Night Crew"] },
    });
    const updated = expectShape(W.GroupResponse, u.body).group;
    expect(updated.members).toEqual([
      {
        userId: demoUser("reader").id,
        email: demoUser("reader").email,
        givenName: "Rita",
        surname: "Reader",
        organization: "Riverbend Engineering",
      },
    ]);
    expect(updated.imsGroups).toEqual(["Night Crew"]);
    const inv = expectShape(W.InvitationsResponse, (await h.api("GET", `${AC}/groups/${g.id}/invitations`, { as: "manager" })).body);
    // External e-mails become group invitations on the Account iTwin only (account.test.ts).
    expect(inv.invitations).toEqual([]);
    const cleared = expectShape(
      W.GroupResponse,
      (await h.api("PATCH", `${AC}/groups/${g.id}`, { as: "manager", body: { members: [], imsGroups: [] } })).body,
    ).group;
    expect([cleared.members, cleared.imsGroups]).toEqual([[], []]);
    expect((await h.api("DELETE", `${AC}/groups/${g.id}`, { as: "manager" })).status).toBe(204);
  });

  it("EDFS: packages, details, package roles, assignments get/patch/remove", async () => {
    const pk = expectShape(W.PackagesResponse, (await h.api("GET", "/edfs/packages", { as: "manager" })).body);
    expect(pk.packages.map((p) => p.uniqueName)).toEqual(["SQL_CUSTOMERS_TABLE", "SAP_WORK_ORDERS", "MAXIMO_ASSET_REGISTER"]);
    const details = expectShape(W.PackageDetails, (await h.api("GET", "/edfs/packages/SQL_CUSTOMERS_TABLE", { as: "manager" })).body);
    expect(details.inputExample).toBeTypeOf("string");
    expect(expectShape(W.PackageRolesResponse, (await h.api("GET", "/edfs/packages/roles", { as: "manager" })).body)).toEqual({
      packageRoles: [{ roleId: EXECUTE_PACKAGE_ROLE_ID, name: "Execute Integration Package", description: "Execute Integration Package" }],
    });
    const path = `/edfs/itwins/${T}/packages/SAP_WORK_ORDERS/roles`;
    expect(expectShape(W.AssignmentsResponse, (await h.api("GET", path, { as: "manager" })).body).assignments).toHaveLength(2);
    const patched = expectShape(
      W.AssignmentsResponse,
      (await h.api("PATCH", path, { body: { assignments: [{ iTwinRoleId: roleId(1, ROLE.writeAccess), packageRoleIds: [] }] } })).body,
    );
    expect(patched.assignments.map((a) => a.iTwinRoleName)).toEqual(["EDFS_integration"]);
    const removed = expectShape(
      W.AssignmentsResponse,
      (await h.api("DELETE", path, { body: { iTwinRoleIds: [roleId(1, ROLE.edfsIntegration)] } })).body,
    );
    expect(removed.assignments).toEqual([]);
  });

  it("iTwins: list by membership with $search/$top/$skip, get, favorites, recents; users/me", async () => {
    const wide = { headers: { "x-itwin-query-scope": "OrganizationAdmin" } };
    const admin = expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins", wide)).body);
    expect(admin.iTwins.length).toBeGreaterThanOrEqual(3);
    expect(admin.iTwins[0]).toMatchObject({ id: T, displayName: "White River Bridge" });
    const mgr = expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins", { as: "manager" })).body);
    expect(mgr.iTwins.map((t) => t.displayName)).toEqual(["White River Bridge", "Cedar Creek Interchange"]);
    expect(expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins", { as: "outsider" })).body).iTwins).toEqual([]);
    const search = expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins?$search=cedar", { as: "manager" })).body);
    expect(search.iTwins.map((t) => t.displayName)).toEqual(["Cedar Creek Interchange"]);
    const page = expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins?$top=1&$skip=1", wide)).body);
    expect(page.iTwins).toHaveLength(1);
    expect(page._links?.prev?.href).toBe(`${h.origin}/api/itwins?$skip=0&$top=1`);
    expect((await h.api("GET", "/itwins?$top=1001")).body).toEqual({
      error: {
        code: "InvalidiTwinsRequest",
        message: "Request query is invalid.",
        details: [{ code: "InvalidValue", message: "Value outside of valid range.", target: "$top" }],
      },
    });
    expectShape(W.ITwinResponse, (await h.api("GET", `/itwins/${T}`, { as: "reader" })).body);

    expect((await h.api("POST", `/itwins/favorites/${T}`, { as: "reader" })).status).toBe(204);
    expect(expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins/favorites", { as: "reader" })).body).iTwins.map((t) => t.id)).toEqual(
      [T],
    );
    expect((await h.api("DELETE", `/itwins/favorites/${T}`, { as: "reader" })).status).toBe(204);
    expect(expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins/favorites", { as: "reader" })).body).iTwins).toEqual([]);
    expect((await h.api("POST", `/itwins/recents/${T}`, { as: "reader" })).status).toBe(204);
    expect(expectShape(W.ITwinsResponse, (await h.api("GET", "/itwins/recents", { as: "reader" })).body).iTwins.map((t) => t.id)).toEqual([
      T,
    ]);

    const me = expectShape(W.MeResponse, (await h.api("GET", "/users/me", { as: "manager" })).body);
    expect(me.user).toMatchObject({
      id: demoUser("manager").id,
      email: "paul.manager@riverbend.example",
      organizationName: "Riverbend Engineering",
    });
  });
});
