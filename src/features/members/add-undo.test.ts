import { describe, expect, it } from "vitest";
import type { MemberInvitation, UserMember } from "../../api/wire";
import { planAddUndo } from "./add-undo";

const READER = { id: "r-reader", displayName: "Reader" };
const WRITER = { id: "r-writer", displayName: "Writer" };
const member = (id: string, roles = [WRITER]): UserMember => ({
  id,
  email: `${id}@x.example`,
  givenName: id,
  surname: "T",
  organization: "X",
  roles,
});
const invitation = (id: string): MemberInvitation => ({
  id,
  email: `${id}@guest.example`,
  invitedByEmail: "m@x.example",
  status: "Pending",
  createdDate: "",
  expirationDate: "",
});

describe("undoing an add", () => {
  it("removes new members, gives earlier members their roles back, cancels only invitations it created", () => {
    const plan = planAddUndo(
      {
        members: [member("new"), member("known", [READER, WRITER]), member("unseen", [READER, WRITER]), member("had-it", [WRITER])],
        invitations: [invitation("inv-new"), invitation("INV-OLD")],
      },
      ["r-writer"],
      { rolesOf: (m) => ({ known: [READER], "had-it": [WRITER] })[m.id], invitationIds: new Set(["inv-old"]) },
    );
    expect(plan.remove.map((m) => m.id)).toEqual(["new"]);
    // "unseen" was not in the cache, but the answer shows a role that was not asked for: they were a member.
    expect(plan.restore.map((r) => [r.member.id, r.roleIds])).toEqual([
      ["known", ["r-reader"]],
      ["unseen", ["r-reader"]],
    ]);
    expect(plan.cancel.map((i) => i.id)).toEqual(["inv-new"]);
    expect(plan.untouched.map((i) => i.id)).toEqual(["INV-OLD"]);
  });
});
