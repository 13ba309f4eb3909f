// @vitest-environment node
// The Account iTwin: one per organization, its account roles and account groups usable on every iTwin of
// the account, and counted by the permission checks.
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID, demoUser } from "../../demo-users";
import { ACCOUNT_GROUP_ID, ACCOUNT_ROLE, accountRoleId } from "../../data/seed-account";
import { ACCOUNT_ITWIN_ID, groupId, itwinId, roleId } from "../../data/seed-builder";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const T = DEFAULT_ITWIN_ID;
const AC = `/accesscontrol/itwins/${T}`;
const ACCOUNT = `/accesscontrol/itwins/${ACCOUNT_ITWIN_ID}`;
const WIDE = { "x-itwin-query-scope": "OrganizationAdmin" };
const accountITwin = {
  id: ACCOUNT_ITWIN_ID,
  class: "Account",
  subClass: "Account",
  type: null,
  number: "RIVERBEND-ACCOUNT",
  displayName: "Riverbend Engineering",
};
const teamMember = (target: string) => ({
  error: { code: "TeamMemberNotFound", message: "Requested team member is not available.", target },
});

describe("the Account iTwin", () => {
  it("GET /itwins/{id}/account names the Account iTwin of a member's iTwin", async () => {
    const r = await h.api("GET", `/itwins/${T}/account`, { as: "reader" });
    expect([r.status, r.body]).toEqual([200, { iTwin: accountITwin }]);
    expect((await h.api("GET", `/itwins/${T}/account`, { as: "outsider" })).status).toBe(404);
  });

  it("GET /itwins/myprimaryaccount answers the organization's Account iTwin to anyone of it", async () => {
    for (const who of ["admin", "reader", "outsider"] as const) {
      const r = await h.api("GET", "/itwins/myprimaryaccount", { as: who });
      expect([r.status, r.body]).toEqual([200, { iTwin: accountITwin }]);
    }
  });

  it("is listed with the organization-wide scope as class and subClass Account, and filtered by subClass", async () => {
    const all = await h.api("GET", "/itwins", { headers: WIDE });
    expect(all.body.iTwins).toContainEqual({ ...accountITwin, iTwinAccountId: ACCOUNT_ITWIN_ID });
    const accounts = await h.api("GET", "/itwins?subClass=Account", { headers: WIDE });
    expect(accounts.body.iTwins.map((t: { id: string }) => t.id)).toEqual([ACCOUNT_ITWIN_ID]);
  });

  it("holds the seeded account roles and the account group", async () => {
    const roles = await h.api("GET", `${ACCOUNT}/roles`);
    expect(roles.body.roles.map((r: { displayName: string }) => r.displayName)).toEqual([
      "Account Reader",
      "Account Auditor",
      "Account Member Administrator",
    ]);
    const groups = await h.api("GET", `${ACCOUNT}/groups`);
    expect(groups.body.groups.map((g: { id: string; name: string }) => [g.id, g.name])).toEqual([[ACCOUNT_GROUP_ID, "Riverbend Auditors"]]);
  });

  it("account roles are shown in members' role lists on iTwins of the account (seeded on the second iTwin)", async () => {
    const users = await h.api("GET", `/accesscontrol/itwins/${itwinId(2)}/members/users`);
    const withAccountRole = users.body.members.filter((m: { roles: { id: string }[] }) =>
      m.roles.some((r) => r.id === accountRoleId(ACCOUNT_ROLE.reader)),
    );
    expect(withAccountRole).toHaveLength(1);
    const groups = await h.api("GET", `/accesscontrol/itwins/${itwinId(2)}/members/groups/${ACCOUNT_GROUP_ID}`);
    expect(groups.body.member).toEqual({
      id: ACCOUNT_GROUP_ID,
      groupName: "Riverbend Auditors",
      groupDescription: "Internal auditors of every project",
      roles: [
        {
          id: accountRoleId(ACCOUNT_ROLE.auditor),
          displayName: "Account Auditor",
          description: "Reviews members and access across the account",
        },
      ],
    });
  });

  it("accepts account roles in user-member bodies on any iTwin of the account, and counts them in permission checks", async () => {
    const memberAdmin = accountRoleId(ACCOUNT_ROLE.memberAdministrator);
    const reader = demoUser("reader");
    expect(
      (
        await h.api("POST", `${AC}/members/users`, {
          as: "reader",
          body: { members: [{ email: "x@riverbend.example", roleIds: [roleId(1, 1)] }] },
        })
      ).status,
    ).toBe(403);
    const add = await h.api("POST", `${AC}/members/users`, { body: { members: [{ email: reader.email, roleIds: [memberAdmin] }] } });
    expect(add.status).toBe(201);
    expect(add.body.members[0].roles.map((r: { id: string }) => r.id)).toContain(memberAdmin);
    const perms = await h.api("GET", `${AC}/permissions`, { as: "reader" });
    expect(perms.body.permissions).toContain("administration_invite_member");
    const r = await h.api("POST", `${AC}/members/users`, {
      as: "reader",
      body: { members: [{ email: "olga.novak@riverbend.example", roleIds: [roleId(1, 1)] }] },
    });
    expect(r.status).toBe(201);
    const patch = await h.api("PATCH", `${AC}/members/users/${reader.id}`, {
      body: { roleIds: [roleId(1, 1), accountRoleId(ACCOUNT_ROLE.auditor)] },
    });
    expect(patch.body.member.roles.map((x: { displayName: string }) => x.displayName)).toEqual(["iTwin Reader", "Account Auditor"]);
  });

  it("accepts account groups in group-member bodies, and their members gain the roles", async () => {
    const add = await h.api("POST", `${AC}/members/groups`, {
      body: { members: [{ groupId: ACCOUNT_GROUP_ID, roleIds: [accountRoleId(ACCOUNT_ROLE.reader), roleId(1, 4)] }] },
    });
    expect(add.status).toBe(201);
    expect(add.body.members[0]).toMatchObject({ id: ACCOUNT_GROUP_ID, groupName: "Riverbend Auditors" });
    expect(add.body.members[0].roles.map((x: { displayName: string }) => x.displayName)).toEqual(["Account Reader", "Write Access"]);
  });

  it("the roles list of an iTwin holds its own roles only, and an id that is no role is still 404 RoleNotFound", async () => {
    const r = await h.api("PATCH", `${AC}/members/users/${demoUser("reader").id}`, { body: { roleIds: [groupId(1, 1)] } });
    expect([r.status, r.body.error.code, r.body.error.target]).toEqual([404, "RoleNotFound", "roleIds[0]"]);
    const roles = await h.api("GET", `${AC}/roles`);
    expect(roles.body.roles.some((x: { id: string }) => x.id === accountRoleId(1))).toBe(false);
  });

  it("unknown e-mails become group invitations on the Account iTwin only", async () => {
    const onAccount = await h.api("PATCH", `${ACCOUNT}/groups/${ACCOUNT_GROUP_ID}`, { body: { members: ["guest@elsewhere.example"] } });
    expect(onAccount.status).toBe(200);
    const inv = await h.api("GET", `${ACCOUNT}/groups/${ACCOUNT_GROUP_ID}/invitations`);
    expect(inv.body.invitations.map((i: { email: string }) => i.email)).toEqual(["guest@elsewhere.example"]);
    const elsewhere = await h.api("PATCH", `${AC}/groups/${groupId(1, 10)}`, {
      body: { members: [demoUser("reader").email, "guest@elsewhere.example"] },
    });
    expect([elsewhere.status, elsewhere.body]).toEqual([404, teamMember("members[1]")]);
  });

  it("groups of the Account iTwin are written by organization administrators only", async () => {
    await h.api("POST", `${ACCOUNT}/members/owners`, { body: { email: demoUser("manager").email } });
    const r = await h.api("POST", `${ACCOUNT}/groups`, { as: "manager", body: { name: "Night Shift", description: "d" } });
    expect(r.status).toBe(403);
    expect((await h.api("POST", `${ACCOUNT}/groups`, { body: { name: "Night Shift", description: "d" } })).status).toBe(201);
  });

  it("deleting an account group removes it as a group member of every iTwin of the account", async () => {
    expect((await h.api("DELETE", `${ACCOUNT}/groups/${ACCOUNT_GROUP_ID}`)).status).toBe(204);
    expect((await h.api("GET", `/accesscontrol/itwins/${itwinId(2)}/members/groups/${ACCOUNT_GROUP_ID}`)).status).toBe(404);
  });
});
