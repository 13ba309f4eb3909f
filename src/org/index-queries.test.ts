import { describe, expect, it } from "vitest";
import { accessOf, holders, iTwinRows, lacking, people, sameAccessAs, searchPeople, type OrgIndex } from "./index-queries";
import { pendingSnapshot, type ITwinSnapshot } from "./snapshot";
import { accountSnapshot, doneSnapshot, failedSnapshot, testPerson as person } from "../test/org-snapshot";

const roles = [
  { id: "pm", displayName: "Project Manager", permissions: ["administration_manage_roles", "imodels_read"] },
  { id: "rd", displayName: "Reader", permissions: ["imodels_read"] },
];
const NOW = Date.parse("2026-06-01T00:00:00Z");

const done = (id: string, patch: Partial<ITwinSnapshot>) => doneSnapshot(id, roles, { snapshotAt: NOW, ...patch });

const index: OrgIndex = {
  account: accountSnapshot({ displayName: "Org", snapshotAt: NOW, groups: [{ id: "ag", name: "Auditors", memberIds: ["q"] }] }),
  itwins: [
    done("A", {
      users: [
        { ...person("q", "Quinn"), roleIds: ["rd"] },
        { ...person("m", "Mia"), roleIds: ["pm"] },
      ],
      owners: [person("m", "Mia")],
    }),
    done("B", {
      users: [{ ...person("m", "Mia"), roleIds: ["rd"] }],
      groupMembers: [
        { id: "g1", name: "Team", roleIds: ["pm"] },
        { id: "ag", name: "Auditors", roleIds: ["aud"] },
      ],
      groups: [{ id: "g1", name: "Team", memberIds: ["q"] }],
      invitations: [
        { email: "a@b", status: "Pending", expirationDate: "2026-05-01T00:00:00Z" },
        { email: "c@d", status: "Pending", expirationDate: "2026-07-01T00:00:00Z" },
      ],
      shares: [{ id: "s", expiration: "2026-07-01T00:00:00Z" }],
    }),
    done("C", { owners: [person("q", "Quinn")], users: [{ id: "gone", email: null, givenName: null, surname: null, roleIds: ["rd"] }] }),
    failedSnapshot("D"),
  ],
};

describe("organization index queries", () => {
  it("answers from an iTwin's earlier snapshot while it is read again, and still counts it as lacking", () => {
    const refreshing: OrgIndex = { ...index, itwins: index.itwins.map((t) => (t.id === "A" ? { ...t, state: "pending" as const } : t)) };
    expect(accessOf(refreshing, "q").map((a) => a.iTwinId)).toEqual(accessOf(index, "q").map((a) => a.iTwinId));
    expect(lacking(refreshing).map((t) => t.id)).toEqual(["A", "D"]);
    const neverRead: OrgIndex = { ...index, itwins: [pendingSnapshot("A", "iTwin A", "A")] };
    expect(accessOf(neverRead, "q")).toEqual([]);
  });

  it("looks only where a person appears and finds the same access as a look at every iTwin", () => {
    const all = people(index);
    expect(all.find((p) => p.id === "q")!.at).toEqual([0, 1, 2]);
    for (const p of all) expect(accessOf(index, p.id, p.at)).toEqual(accessOf(index, p.id));
  });

  it("finds a person by part of the name or e-mail", () => {
    const all = people(index);
    expect(searchPeople(all, "quin").map((p) => p.id)).toEqual(["q"]);
    expect(searchPeople(all, "MIA@X").map((p) => p.id)).toEqual(["m"]);
  });

  it("shows where a person has access and by which route: direct, via group, account role, owner", () => {
    const access = accessOf(index, "q");
    expect(access.map((a) => a.iTwinId)).toEqual(["A", "B", "C"]);
    expect(access[0]!.grants).toEqual([{ route: "direct", role: "Reader", permissions: ["imodels_read"] }]);
    expect(access[1]!.grants.map((g) => [g.route, g.role, g.via])).toEqual([
      ["group", "Project Manager", "Team"],
      ["account role", "Auditor", "Auditors"],
    ]);
    expect(access[1]!.permissions).toEqual(["administration_manage_roles", "audit_read", "imodels_read"]);
    expect(access[2]!.grants).toEqual([{ route: "owner", role: null, permissions: [] }]);
  });

  it("lists who holds a role name, or any role with a permission", () => {
    expect(holders(index, { roleName: "project manager" }).map((h) => [h.iTwinId, h.personId, h.route])).toEqual([
      ["A", "m", "direct"],
      ["B", "q", "group"],
    ]);
    expect(new Set(holders(index, { permission: "imodels_read" }).map((h) => h.personId))).toEqual(new Set(["q", "m", "gone"]));
  });

  it("counts each iTwin's members, invitations, links and flags its owners and missing users", () => {
    const [a, b, c] = iTwinRows(index, NOW);
    expect(a).toMatchObject({ members: 2, owners: 1, privileged: 1, flags: ["single owner"] });
    expect(b).toMatchObject({
      pendingInvitations: 1,
      expiredInvitations: 1,
      activeShares: 1,
      groups: 2,
      flags: ["no owner", "public links"],
    });
    expect(c).toMatchObject({ missingUsers: 1, flags: ["single owner", "missing users"] });
  });

  it("finds a direct member of the Account iTwin itself and shows their roles there, apart from every iTwin", () => {
    const withMembers: OrgIndex = {
      ...index,
      account: {
        ...index.account!,
        users: [
          { ...person("ada", "Ada", "Admin"), roleIds: ["aud"] },
          { ...person("q", "Quinn"), roleIds: ["aud"] },
        ],
      },
    };
    const all = people(withMembers);
    const ada = searchPeople(all, "ada")[0]!;
    expect(ada).toMatchObject({ id: "ada", name: "Ada Admin", at: [] });
    expect(accessOf(withMembers, "ada", ada.at)).toEqual([
      {
        iTwinId: "acct",
        iTwinName: "Org",
        snapshotAt: NOW,
        grants: [{ route: "direct", role: "Auditor", permissions: ["audit_read"] }],
        permissions: ["audit_read"],
      },
    ]);
    expect(accessOf(withMembers, "q").map((a) => a.iTwinId)).toEqual(["acct", "A", "B", "C"]);
    expect(accessOf(index, "ada")).toEqual([]);
    // Only Quinn and Ada are account members: that alone sets them apart from everyone else.
    expect(sameAccessAs({ ...withMembers, itwins: [] }, "ada")).toEqual(["q"]);
  });

  it("says which iTwins an answer lacks", () => {
    expect(lacking(index).map((t) => t.id)).toEqual(["D"]);
  });
  it("finds everyone with exactly the same access as a person", () => {
    const same: OrgIndex = {
      account: null,
      itwins: [
        done("X", {
          users: [
            { ...person("a", "Ann"), roleIds: ["rd"] },
            { ...person("b", "Ben"), roleIds: ["rd"] },
            { ...person("c", "Cy"), roleIds: ["rd", "pm"] },
          ],
        }),
        done("Y", {
          groupMembers: [{ id: "g", name: "Team", roleIds: ["pm"] }],
          groups: [{ id: "g", name: "Team", memberIds: ["a", "b", "c"] }],
        }),
        done("Z", { users: [{ ...person("d", "Di"), roleIds: ["rd"] }] }),
      ],
    };
    expect(sameAccessAs(same, "a")).toEqual(["b"]);
    expect(sameAccessAs(same, "c")).toEqual([]);
  });
});
