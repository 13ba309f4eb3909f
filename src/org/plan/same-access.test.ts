import { describe, expect, it } from "vitest";
import type { OrgIndex } from "../index-queries";
import type { ITwinSnapshot } from "../snapshot";
import { accountSnapshot, doneSnapshot, failedSnapshot, testPerson } from "../../test/org-snapshot";
import { allChanges, parsePlan, permissionsAtStake } from "./plan";
import { recipientOf, sameAccessPlan } from "./same-access";

const ben = testPerson("b", "Ben", "Roe");
const ann = testPerson("a", "Ann");
const roles = [
  { id: "pm", displayName: "Project Manager", permissions: ["administration_manage_roles", "imodels_read"] },
  { id: "rd", displayName: "Reader", permissions: ["imodels_read"] },
];
const done = (id: string, patch: Partial<ITwinSnapshot>) => doneSnapshot(id, roles, patch);

const index: OrgIndex = {
  account: accountSnapshot({ groups: [{ id: "ag", name: "Auditors", memberIds: ["b"] }], users: [{ ...ben, roleIds: ["aud"] }] }),
  itwins: [
    // Ben is a Reader and Project Manager; Ann a Reader already.
    done("A", {
      users: [
        { ...ben, roleIds: ["rd", "pm"] },
        { ...ann, roleIds: ["rd"] },
      ],
      owners: [ben],
    }),
    // Ben through the iTwin's group and the account group; Ann is not a member.
    done("B", {
      groupMembers: [
        { id: "g1", name: "Team", roleIds: ["pm"] },
        { id: "ag", name: "Auditors", roleIds: ["aud"] },
      ],
      groups: [{ id: "g1", name: "Team", memberIds: ["b"] }],
    }),
    // Ann already has all of Ben's access here.
    done("C", {
      users: [
        { ...ben, roleIds: ["rd"] },
        { ...ann, roleIds: ["rd", "pm"] },
      ],
    }),
    done("E", { users: [{ ...ann, roleIds: ["rd"] }] }),
    failedSnapshot("D"),
  ],
};

describe("giving someone the same access as another person", () => {
  const plan = sameAccessPlan(index, recipientOf(ann)!, ben, { id: "p", now: 5 });

  it("copies direct roles (keeping the person's own), groups of the iTwin and of the account, and the account membership", () => {
    expect(plan).toMatchObject({ kind: "sameAccess", title: "Give Ann Doe the same access as Ben Roe", person: { id: "a" } });
    expect(plan.itwins.map((t) => [t.iTwinId, t.changes.map((c) => c.kind)])).toEqual([
      ["A", ["changeUserRoles", "addOwner"]],
      ["B", ["addToGroup"]],
      ["acct", ["addUserMember", "addToGroup"]],
    ]);
    const [roles, owner] = plan.itwins[0]!.changes;
    expect(roles).toMatchObject({ userId: "a", email: "ann@x.example", from: ["rd"], to: ["rd", "pm"] });
    expect(roles!.roles.map((r) => r.displayName)).toEqual(["Project Manager"]);
    expect(permissionsAtStake(roles!)).toEqual(["administration_manage_roles", "imodels_read"]);
    expect(plan.itwins[1]!.changes[0]).toMatchObject({ groupId: "g1", groupName: "Team", email: "ann@x.example", userId: "a" });
    expect(plan.itwins[2]!.account).toBe(true);
    expect(plan.itwins[2]!.changes[0]).toMatchObject({ email: "ann@x.example", roleIds: ["aud"] });
    expect(plan.itwins[2]!.changes[1]!.roles.map((r) => r.displayName)).toEqual(["Auditor"]);
    // Ownership is every permission: proposed, not chosen.
    expect(owner).toMatchObject({ kind: "addOwner", email: "ann@x.example", selected: false });
    expect(allChanges(plan).filter(({ change }) => !change.selected)).toHaveLength(1);
    expect(plan.lacking).toEqual([{ id: "D", name: "iTwin D" }]);
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("proposes nothing where the person already has it all, nor on iTwins the other person has no access to", () => {
    expect(plan.itwins.some((t) => t.iTwinId === "C" || t.iTwinId === "E")).toBe(false);
    const twice = sameAccessPlan(index, recipientOf(ben)!, ben, { id: "q" });
    expect(twice.itwins).toEqual([]);
  });

  it("copies only the chosen iTwins, and an account group only where it reaches one of them", () => {
    const onlyA = sameAccessPlan(index, recipientOf(ann)!, ben, { id: "p", iTwinIds: ["A"] });
    expect(onlyA.itwins.map((t) => t.iTwinId)).toEqual(["A"]);
    const onlyB = sameAccessPlan(index, recipientOf(ann)!, ben, { id: "p", iTwinIds: ["B"] });
    expect(onlyB.itwins.map((t) => [t.iTwinId, t.changes.map((c) => c.kind)])).toEqual([
      ["B", ["addToGroup"]],
      ["acct", ["addToGroup"]],
    ]);
    const account = sameAccessPlan(index, recipientOf(ann)!, ben, { id: "p", iTwinIds: ["acct"] });
    expect(account.itwins.map((t) => [t.iTwinId, t.changes.map((c) => c.kind)])).toEqual([["acct", ["addUserMember", "addToGroup"]]]);
  });

  it("gives the access to an e-mail outside the index as new memberships, and says they are invited", () => {
    const outside = sameAccessPlan(index, { id: null, email: "Cy@Partner.example", name: "Cy@Partner.example" }, ben, { id: "p" });
    expect(outside.person).toBeUndefined();
    expect(outside.notes).toEqual([
      "Cy@Partner.example is not in the organization index: they are added by e-mail, and invited where they are not yet a user.",
    ]);
    const a = outside.itwins.find((t) => t.iTwinId === "A")!;
    expect(a.changes[0]).toMatchObject({ kind: "addUserMember", email: "Cy@Partner.example", roleIds: ["rd", "pm"] });
    expect(outside.itwins.find((t) => t.iTwinId === "B")!.changes[0]).toMatchObject({ kind: "addToGroup", userId: null });
    // An e-mail the index knows (any case) is matched like the person: nothing they already hold is proposed.
    const known = sameAccessPlan(index, { id: null, email: "ANN@x.example", name: "ANN@x.example" }, ben, { id: "p" });
    expect(known.itwins.find((t) => t.iTwinId === "A")!.changes[0]).toMatchObject({ kind: "changeUserRoles", to: ["rd", "pm"] });
  });

  it("cannot give access to a person without an e-mail", () => {
    expect(recipientOf({ id: "gone", email: null, givenName: null, surname: null })).toBeNull();
  });
});
