import { describe, expect, it } from "vitest";
import type { OrgIndex } from "../index-queries";
import type { ITwinSnapshot } from "../snapshot";
import { accountSnapshot, doneSnapshot, failedSnapshot, testPerson } from "../../test/org-snapshot";
import { offboardPlan, onlyOwnerITwins } from "./offboard";
import { allChanges, permissionsAtStake } from "./plan";

const quinn = testPerson("q", "Quinn");
const mia = testPerson("m", "Mia", "Roe");
const roles = [
  { id: "pm", displayName: "Project Manager", permissions: ["administration_manage_roles", "imodels_read"] },
  { id: "rd", displayName: "Reader", permissions: ["imodels_read"] },
];
const done = (id: string, patch: Partial<ITwinSnapshot>) => doneSnapshot(id, roles, patch);

const index: OrgIndex = {
  account: accountSnapshot({ groups: [{ id: "ag", name: "Auditors", memberIds: ["q", "m"] }] }),
  itwins: [
    done("A", {
      users: [
        { ...quinn, roleIds: ["rd", "aud"] },
        { ...mia, roleIds: ["pm"] },
      ],
      owners: [mia],
    }),
    done("B", {
      users: [{ ...mia, roleIds: ["rd"] }],
      groupMembers: [
        { id: "g1", name: "Team", roleIds: ["pm"] },
        { id: "ag", name: "Auditors", roleIds: ["aud"] },
      ],
      groups: [{ id: "g1", name: "Team", memberIds: ["q"] }],
      owners: [quinn, mia],
    }),
    done("C", { owners: [quinn] }),
    done("E", { users: [{ ...mia, roleIds: ["rd"] }], owners: [mia] }),
    failedSnapshot("D"),
  ],
};

describe("offboarding a person", () => {
  const plan = offboardPlan(index, quinn, { id: "p", now: 5 });

  it("finds every place they have access: member roles, groups (the iTwin's and the account's), ownerships", () => {
    expect(plan.title).toBe("Offboard Quinn Doe");
    expect(plan.itwins.map((t) => [t.iTwinId, t.changes.map((c) => c.kind)])).toEqual([
      ["A", ["removeUserMember"]],
      ["B", ["removeFromGroup", "removeOwner"]],
      ["C", ["removeOwner"]],
      ["acct", ["removeFromGroup"]],
    ]);
    const member = plan.itwins[0]!.changes[0]!;
    expect(member).toMatchObject({ kind: "removeUserMember", email: "quinn@x.example", roleIds: ["rd", "aud"] });
    expect(member.roles.map((r) => r.displayName)).toEqual(["Reader", "Auditor"]);
    expect(permissionsAtStake(plan.itwins[1]!.changes[0]!)).toEqual(["administration_manage_roles", "imodels_read"]);
    // The account group's roles wherever it holds them.
    expect(plan.itwins[3]!.changes[0]!.roles.map((r) => r.displayName)).toEqual(["Auditor"]);
    expect(plan.itwins[3]!.account).toBe(true);
  });

  it("keeps the ownership of an iTwin they alone own unless the administrator chooses otherwise, and names it", () => {
    expect(onlyOwnerITwins(plan)).toEqual([{ iTwinId: "C", iTwinName: "iTwin C", changeId: "C:owner:q", selected: false }]);
    const owners = allChanges(plan).filter(({ change }) => change.kind === "removeOwner");
    expect(owners.map(({ itwin, change }) => [itwin.iTwinId, change.selected])).toEqual([
      ["B", true],
      ["C", false],
    ]);
  });

  it("removes a direct membership of the Account iTwin itself, with the roles it takes away", () => {
    const withMember: OrgIndex = { ...index, account: { ...index.account!, users: [{ ...quinn, roleIds: ["aud"] }] } };
    const account = offboardPlan(withMember, quinn, { id: "p" }).itwins.find((t) => t.account)!;
    expect(account.changes.map((c) => c.kind)).toEqual(["removeUserMember", "removeFromGroup"]);
    expect(account.changes[0]).toMatchObject({ id: "acct:member:q", email: "quinn@x.example", roleIds: ["aud"], selected: true });
    expect(account.changes[0]!.roles.map((r) => r.displayName)).toEqual(["Auditor"]);
  });

  it("says which iTwins the index lacks, and leaves out iTwins where they have nothing", () => {
    expect(plan.lacking).toEqual([{ id: "D", name: "iTwin D" }]);
    expect(plan.itwins.some((t) => t.iTwinId === "E")).toBe(false);
    expect(offboardPlan(index, { id: "nobody", email: null, givenName: null, surname: null }, { id: "x" }).itwins).toEqual([]);
  });

  it("cancels their pending invitations too, skipping others' and those an older index kept without an id", () => {
    const invited = {
      ...index,
      itwins: [
        done("F", {
          owners: [mia],
          invitations: [
            { id: "i1", email: "QUINN@x.example", status: "Pending", expirationDate: "2026-01-08T00:00:00Z" },
            { id: "i2", email: "mia@x.example", status: "Pending", expirationDate: "2026-01-08T00:00:00Z" },
            { email: "quinn@x.example", status: "Pending", expirationDate: "2026-01-08T00:00:00Z" },
          ],
        }),
      ],
    };
    const p = offboardPlan(invited, quinn, { id: "p" });
    expect(
      allChanges(p)
        .filter(({ itwin }) => itwin.iTwinId === "F")
        .map(({ change }) => change),
    ).toEqual([
      { id: "F:invitation:i1", kind: "cancelInvitation", selected: true, invitationId: "i1", email: "QUINN@x.example", roles: [] },
    ]);
  });
});
