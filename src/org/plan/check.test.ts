import { describe, expect, it } from "vitest";
import type { Group, UserMember } from "../../api/wire";
import { groupMembersWith, groupMembersWithout, verdictOf, type ITwinNow } from "./check";
import { PlanChange } from "./plan";

const who = { userId: "q", email: "Quinn@Example.com" };
const member = (roleIds: string[]): UserMember => ({
  id: "q",
  email: "quinn@example.com",
  roles: roleIds.map((id) => ({ id, displayName: id })),
});
const now = (patch: Partial<ITwinNow>): ITwinNow => ({ users: [], owners: [], groups: new Map(), ...patch });
const base = { selected: true, roles: [] };
const group = (members: { userId: string; email: string | null }[], membersCount?: number): Group => ({
  id: "g",
  name: "Team",
  members,
  imsGroups: [],
  ...(membersCount !== undefined && { membersCount }),
});

describe("checking a change against the server just before sending it", () => {
  const change = (c: Record<string, unknown>) => PlanChange.parse({ ...base, id: "c", ...c });

  it("sends a role change only while the member still holds what the plan saw", () => {
    const roles = change({ kind: "changeUserRoles", ...who, from: ["a"], to: ["b"] });
    expect(verdictOf(roles, now({ users: [member(["a"])] }))).toEqual({ verdict: "send" });
    expect(verdictOf(roles, now({ users: [member(["b"])] }))).toMatchObject({ verdict: "done" });
    expect(verdictOf(roles, now({ users: [member(["a", "c"])] }))).toMatchObject({
      verdict: "drifted",
      note: expect.stringContaining("now: a, c"),
    });
    expect(verdictOf(roles, now({ users: [] }))).toMatchObject({ verdict: "drifted", note: "Not a member any more." });
  });

  it("narrows a group's roles only while it still holds what the plan saw", () => {
    const narrow = change({ kind: "changeGroupRoles", groupId: "g", groupName: "Team", from: ["a", "b"], to: ["b"] });
    const held = (roleIds: string[]) =>
      now({ groupMembers: new Map([["g", { id: "g", groupName: "Team", roles: roleIds.map((id) => ({ id, displayName: id })) }]]) });
    expect(verdictOf(narrow, held(["a", "b"]))).toEqual({ verdict: "send" });
    expect(verdictOf(narrow, held(["b"]))).toMatchObject({ verdict: "done" });
    expect(verdictOf(narrow, held(["a", "b", "c"]))).toMatchObject({ verdict: "drifted", note: expect.stringContaining("now: a, b, c") });
    expect(verdictOf(narrow, now({ groupMembers: new Map([["g", null]]) }))).toMatchObject({
      verdict: "drifted",
      note: "The group is not a member any more.",
    });
  });

  it("adds a member only when they lack a role asked for", () => {
    const add = change({ kind: "addUserMember", email: "quinn@example.com", roleIds: ["a"] });
    expect(verdictOf(add, now({ users: [member(["a", "b"])] }))).toMatchObject({ verdict: "done" });
    expect(verdictOf(add, now({ users: [member(["b"])] }))).toEqual({ verdict: "send" });
  });

  it("never leaves an iTwin without an owner unless that was the administrator's explicit choice", () => {
    const owner = { id: "q", email: "quinn@example.com" };
    const plain = change({ kind: "removeOwner", ...who });
    expect(verdictOf(plain, now({ owners: [owner, { id: "m", email: "m@x" }] }))).toEqual({ verdict: "send" });
    expect(verdictOf(plain, now({ owners: [owner] }))).toMatchObject({ verdict: "drifted", note: expect.stringContaining("only owner") });
    expect(verdictOf(change({ kind: "removeOwner", ...who, warning: "onlyOwner" }), now({ owners: [owner] }))).toEqual({ verdict: "send" });
    expect(verdictOf(plain, now({ owners: [{ id: "m", email: "m@x" }] }))).toMatchObject({ verdict: "done" });
  });

  it("rewrites a group's member list only when the server listed all of it", () => {
    const out = change({ kind: "removeFromGroup", ...who, groupId: "g", groupName: "Team" });
    const full = group([
      { userId: "q", email: "quinn@example.com" },
      { userId: "m", email: "mia@example.com" },
    ]);
    expect(verdictOf(out, now({ groups: new Map([["g", full]]) }))).toEqual({ verdict: "send" });
    expect(groupMembersWithout(full, "q", "quinn@example.com")).toEqual(["mia@example.com"]);
    const cut = group([{ userId: "q", email: "quinn@example.com" }], 80);
    expect(verdictOf(out, now({ groups: new Map([["g", cut]]) }))).toMatchObject({
      verdict: "failed",
      error: expect.stringContaining("80 members"),
    });
    expect(verdictOf(out, now({ groups: new Map([["g", null]]) }))).toMatchObject({
      verdict: "drifted",
      note: "The group no longer exists.",
    });
    expect(verdictOf(out, now({ groups: new Map([["g", group([{ userId: "m", email: "mia@example.com" }])]]) }))).toMatchObject({
      verdict: "done",
    });
  });

  it("adds to a group only while its whole list is known and under the limit, and treats a member found by e-mail as in", () => {
    const into = change({ kind: "addToGroup", email: "quinn@example.com", userId: null, groupId: "g", groupName: "Team" });
    const mia = { userId: "m", email: "mia@example.com" };
    expect(verdictOf(into, now({ groups: new Map([["g", group([mia])]]) }))).toEqual({ verdict: "send" });
    expect(groupMembersWith(group([mia]), "quinn@example.com")).toEqual(["mia@example.com", "quinn@example.com"]);
    expect(verdictOf(into, now({ groups: new Map([["g", group([mia, { userId: "q", email: "QUINN@example.com" }])]]) }))).toMatchObject({
      verdict: "done",
    });
    expect(verdictOf(into, now({ groups: new Map([["g", group([mia], 60)]]) }))).toMatchObject({ verdict: "failed" });
    const full = group(Array.from({ length: 50 }, (_, i) => ({ userId: `u${i}`, email: `u${i}@x` })));
    expect(verdictOf(into, now({ groups: new Map([["g", full]]) }))).toMatchObject({
      verdict: "failed",
      error: expect.stringContaining("50"),
    });
  });

  it("changes a role's permissions only from what the plan saw, and deletes it only unchanged", () => {
    const role = (permissions: string[]) => ({ id: "r", displayName: "Editor", permissions });
    const update = change({ kind: "updateRole", roleId: "r", displayName: "Editor", from: ["a"], to: ["a", "b"] });
    expect(verdictOf(update, now({ roles: [role(["a"])] }))).toEqual({ verdict: "send" });
    expect(verdictOf(update, now({ roles: [role(["b", "a"])] }))).toMatchObject({ verdict: "done" });
    expect(verdictOf(update, now({ roles: [role(["c"])] }))).toMatchObject({ verdict: "drifted", note: expect.stringContaining("now: c") });
    expect(verdictOf(update, now({ roles: [] }))).toMatchObject({ verdict: "drifted", note: "The role no longer exists." });
    const remove = change({ kind: "deleteRole", roleId: "r", displayName: "Editor", description: "", permissions: ["a"] });
    expect(verdictOf(remove, now({ roles: [role(["a"])] }))).toEqual({ verdict: "send" });
    expect(verdictOf(remove, now({ roles: [role(["a", "x"])] }))).toMatchObject({ verdict: "drifted" });
    expect(verdictOf(remove, now({ roles: [] }))).toMatchObject({ verdict: "done" });
    const create = change({ kind: "createRole", displayName: "Editor", description: "", permissions: ["a"] });
    expect(verdictOf(create, now({ roles: [] }))).toEqual({ verdict: "send" });
    expect(verdictOf(create, now({ roles: [role(["a"])] }))).toMatchObject({ verdict: "done", createdId: "r" });
    expect(verdictOf(create, now({ roles: [role(["b"])] }))).toMatchObject({ verdict: "drifted" });
    // The role an earlier pass created, its permissions not yet set: only those are left to send.
    expect(verdictOf(create, now({ roles: [role([])] }), "r")).toEqual({ verdict: "send" });
  });

  it("removes a group member only with the roles the plan saw, and settles invitations and links already gone", () => {
    const gm = (roleIds: string[]) =>
      new Map([["g", { id: "g", groupName: "Team", roles: roleIds.map((id) => ({ id, displayName: id })) }]]);
    const out = change({ kind: "removeGroupMember", groupId: "g", groupName: "Team", roleIds: ["a"] });
    expect(verdictOf(out, now({ groupMembers: gm(["a"]) }))).toEqual({ verdict: "send" });
    expect(verdictOf(out, now({ groupMembers: gm(["a", "b"]) }))).toMatchObject({ verdict: "drifted" });
    expect(verdictOf(out, now({ groupMembers: new Map([["g", null]]) }))).toMatchObject({ verdict: "done" });
    const add = change({ kind: "addGroupMember", groupId: "g", groupName: "Team", roleIds: ["a"] });
    expect(verdictOf(add, now({ groupMembers: gm(["a", "b"]) }))).toMatchObject({ verdict: "done" });
    expect(verdictOf(add, now({ groupMembers: new Map([["g", null]]) }))).toEqual({ verdict: "send" });
    const cancel = change({ kind: "cancelInvitation", invitationId: "i", email: "g@x" });
    expect(verdictOf(cancel, now({ invitations: [] }))).toMatchObject({ verdict: "done", note: "No longer pending." });
    const revoke = change({ kind: "revokeShare", shareId: "s" });
    expect(verdictOf(revoke, now({ shares: [] }))).toMatchObject({ verdict: "done", note: "Already revoked." });
    const owner = change({ kind: "addOwner", email: "quinn@example.com" });
    expect(verdictOf(owner, now({ owners: [{ id: "q", email: "Quinn@example.com" }] }))).toMatchObject({ verdict: "done" });
    expect(verdictOf(owner, now({ owners: [] }))).toEqual({ verdict: "send" });
  });
});
