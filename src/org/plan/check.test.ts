import { describe, expect, it } from "vitest";
import type { Group, UserMember } from "../../api/wire";
import { groupMembersWithout, verdictOf, type ITwinNow } from "./check";
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
});
