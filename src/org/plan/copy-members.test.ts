import { describe, expect, it } from "vitest";
import type { OrgIndex } from "../index-queries";
import { accountSnapshot, doneSnapshot, testPerson as person } from "../../test/org-snapshot";
import { copyMembersPlan } from "./copy-members";
import { parsePlan } from "./plan";

const index: OrgIndex = {
  account: accountSnapshot({ groups: [{ id: "ag", name: "Auditors", memberIds: [] }] }),
  itwins: [
    doneSnapshot(
      "S",
      [
        { id: "s-rd", displayName: "Reader", permissions: ["imodels_read"] },
        { id: "s-pm", displayName: "Project Manager", permissions: ["administration_manage_roles"] },
        { id: "s-sv", displayName: "Surveyor", permissions: ["survey_write"] },
      ],
      {
        users: [
          { ...person("a", "Ann"), roleIds: ["s-rd"] },
          { ...person("b", "Ben"), roleIds: ["s-pm", "aud"] },
          { ...person("c", "Cy"), roleIds: ["s-sv"] },
          { ...person("d", "Di"), roleIds: ["s-rd", "s-sv"] },
          { id: "gone", email: null, givenName: null, surname: null, roleIds: ["s-rd"] },
        ],
        groupMembers: [
          { id: "ag", name: "Auditors", roleIds: ["aud"] },
          { id: "own", name: "S team", roleIds: ["s-rd"] },
        ],
        groups: [{ id: "own", name: "S team", memberIds: ["a"] }],
      },
    ),
    // The same names under other ids, in another case; no Surveyor.
    doneSnapshot(
      "T",
      [
        { id: "t-rd", displayName: "reader", permissions: ["imodels_read"] },
        { id: "t-pm", displayName: "Project Manager", permissions: ["administration_manage_roles"] },
      ],
      {
        users: [{ ...person("b", "Ben"), roleIds: ["t-rd"] }],
      },
    ),
    doneSnapshot("U", [], { users: [], groupMembers: [{ id: "ag", name: "Auditors", roleIds: ["aud"] }] }),
  ],
};

describe("copying one iTwin's members to another", () => {
  const plan = copyMembersPlan(index, "S", "T", { id: "p", now: 5 });
  const changes = plan.itwins[0]!.changes;

  it("adds each user with their roles matched by name, adding to a member's roles without taking any away", () => {
    expect(plan).toMatchObject({ kind: "copyMembers", title: "Copy the members of iTwin S to iTwin T", lacking: [] });
    expect(plan.itwins.map((t) => t.iTwinId)).toEqual(["T"]);
    const users = changes.filter((c) => c.kind === "addUserMember" || c.kind === "changeUserRoles");
    expect(
      users.map((c) => [c.kind, "email" in c && c.email, c.kind === "addUserMember" ? c.roleIds : c.kind === "changeUserRoles" && c.to]),
    ).toEqual([
      ["addUserMember", "ann@x.example", ["t-rd"]],
      ["changeUserRoles", "ben@x.example", ["t-rd", "t-pm", "aud"]],
      ["addUserMember", "di@x.example", ["t-rd"]],
    ]);
    expect(users[1]!.roles.map((r) => r.displayName)).toEqual(["Project Manager", "Auditor"]);
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("reports a role the target lacks and offers to create it, unchosen; skips members who cannot be added", () => {
    const create = changes.find((c) => c.kind === "createRole");
    expect(create).toMatchObject({ displayName: "Surveyor", permissions: ["survey_write"], selected: false });
    expect(changes.some((c) => "email" in c && c.email === "cy@x.example")).toBe(false);
    expect(plan.notes).toEqual([
      "Group S team belongs to iTwin S: only the Account iTwin's groups can be members of another iTwin.",
      "iTwin T has no role named Surveyor: its 2 holders get their other roles only. Create it below, then copy again to give it to them.",
      "1 member has no e-mail (deleted from IMS) and cannot be added: Missing user (gone).",
    ]);
  });

  it("copies an Account iTwin group as a group member, and nothing a target already holds", () => {
    expect(changes.filter((c) => c.kind === "addGroupMember")).toMatchObject([{ groupId: "ag", groupName: "Auditors", roleIds: ["aud"] }]);
    const toU = copyMembersPlan(index, "S", "U", { id: "q" });
    expect(toU.itwins[0]!.changes.some((c) => c.kind === "addGroupMember")).toBe(false);
    // Back the other way, only what Ben lacks on S: Reader.
    const back = copyMembersPlan(index, "T", "S", { id: "r" }).itwins[0]!.changes;
    expect(back).toMatchObject([{ kind: "changeUserRoles", userId: "b", from: ["s-pm", "aud"], to: ["s-pm", "aud", "s-rd"] }]);
  });

  it("refuses an iTwin onto itself or one the index does not have", () => {
    expect(() => copyMembersPlan(index, "S", "S", { id: "x" })).toThrow(/another iTwin/);
    expect(() => copyMembersPlan(index, "S", "nope", { id: "x" })).toThrow(/index/);
  });
});
