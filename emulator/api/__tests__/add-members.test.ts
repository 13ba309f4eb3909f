// @vitest-environment node
// Add members: the empty side of {members, invitations} as [] or null (setting emptyAddSide); an existing
// member's roles merged or the request refused 409 iTwinMemberAlreadyExists (setting existingMember).
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID, demoUser } from "../../demo-users";
import { groupId, roleId } from "../../data/seed-builder";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const T = DEFAULT_ITWIN_ID;
const AC = `/accesscontrol/itwins/${T}`;
const reader = demoUser("reader");
const addReader = { members: [{ email: reader.email, roleIds: [roleId(1, 4)] }] };
const addGuest = { members: [{ email: "guest@elsewhere.example", roleIds: [roleId(1, 1)] }] };

describe("add members", () => {
  it("answers [] for the empty side by default", async () => {
    const r = await h.api("POST", `${AC}/members/users`, { body: addGuest });
    expect(r.body.members).toEqual([]);
    expect(r.body.invitations).toHaveLength(1);
  });

  it("answers null for the empty side with emptyAddSide=null", async () => {
    await h.control("POST", "/settings", { emptyAddSide: "null" });
    const invited = await h.api("POST", `${AC}/members/users`, { body: addGuest });
    expect([invited.status, invited.body.members, invited.body.invitations.length]).toEqual([201, null, 1]);
    const added = await h.api("POST", `${AC}/members/users`, { body: addReader });
    expect([added.body.members.length, added.body.invitations]).toEqual([1, null]);
  });

  it("merges an existing member's roles by default", async () => {
    const r = await h.api("POST", `${AC}/members/users`, { body: addReader });
    expect(r.status).toBe(201);
    expect(r.body.members[0].roles.map((x: { displayName: string }) => x.displayName)).toEqual(["iTwin Reader", "Write Access"]);
  });

  it("refuses an existing user member with 409 iTwinMemberAlreadyExists under existingMember=conflict, changing nothing", async () => {
    await h.control("POST", "/settings", { existingMember: "conflict" });
    const r = await h.api("POST", `${AC}/members/users`, {
      body: { members: [{ email: demoUser("outsider").email, roleIds: [roleId(1, 1)] }, ...addReader.members] },
    });
    expect([r.status, r.body]).toEqual([
      409,
      { error: { code: "iTwinMemberAlreadyExists", message: `Member '${reader.id}' already exists in iTwin '${T}'.` } },
    ]);
    const member = await h.api("GET", `${AC}/members/users/${reader.id}`);
    expect(member.body.member.roles.map((x: { displayName: string }) => x.displayName)).toEqual(["iTwin Reader"]);
    expect((await h.api("GET", `${AC}/members/users/${demoUser("outsider").id}`)).status).toBe(404);
    expect((await h.api("POST", `${AC}/members/users`, { body: addGuest })).status).toBe(201);
  });

  it("refuses an existing group member with 409 under existingMember=conflict", async () => {
    await h.control("POST", "/settings", { existingMember: "conflict" });
    const r = await h.api("POST", `${AC}/members/groups`, { body: { members: [{ groupId: groupId(1, 1), roleIds: [roleId(1, 1)] }] } });
    expect([r.status, r.body.error]).toEqual([
      409,
      { code: "iTwinMemberAlreadyExists", message: `Member '${groupId(1, 1)}' already exists in iTwin '${T}'.` },
    ]);
    const fresh = await h.api("POST", `${AC}/members/groups`, {
      body: { members: [{ groupId: groupId(1, 10), roleIds: [roleId(1, 1)] }] },
    });
    expect(fresh.status).toBe(201);
  });
});
