import { describe, expect, it } from "vitest";
import type { OrgIndex } from "../index-queries";
import { pendingSnapshot, type ITwinSnapshot } from "../snapshot";
import { accountSnapshot, doneSnapshot } from "../../test/org-snapshot";
import { importPlan, invitedPeople, readSheet } from "./import-csv";
import { describeChange, parsePlan } from "./plan";

const roles = [
  { id: "rd", displayName: "Reader", permissions: ["imodels_read"] },
  { id: "co", displayName: "Contributor", permissions: ["imodels_read", "imodels_write"] },
];
const done = (id: string, name: string, patch: Partial<ITwinSnapshot> = {}) =>
  doneSnapshot(id, roles, { displayName: name, number: `N-${id}`, ...patch });
const mia = { id: "m", email: "mia@x.example", givenName: "Mia", surname: "Roe" };

const index: OrgIndex = {
  account: accountSnapshot(),
  itwins: [
    done("A", "Bridge", { users: [{ ...mia, roleIds: ["rd"] }] }),
    done("B", "Depot"),
    done("C", "Twin"),
    done("D", "Twin"),
    { ...pendingSnapshot("E", "Waiting", "N-E") },
  ],
};
const known = ["mia@x.example", "leo@x.example"];
const make = (text: string) => importPlan(index, text, { id: "p", now: 1, known });

describe("reading the rows of a spreadsheet", () => {
  it("takes a header row in any column order, quoted cells, tabs from a pasted sheet, and keeps spreadsheet row numbers", () => {
    expect(readSheet('Role,E-mail,iTwin\n"Reader",a@x.example,"Bridge, east"\n\nContributor,b@x.example,Depot\n').rows).toEqual([
      { row: 2, email: "a@x.example", itwin: "Bridge, east", role: "Reader" },
      { row: 4, email: "b@x.example", itwin: "Depot", role: "Contributor" },
    ]);
    expect(readSheet("a@x.example\tBridge\tReader").rows).toEqual([{ row: 1, email: "a@x.example", itwin: "Bridge", role: "Reader" }]);
    expect(readSheet("a@x.example;Bridge;Reader").rows).toHaveLength(1);
  });

  it("names a row that is not three cells", () => {
    const { rows, problems } = readSheet("a@x.example,Bridge\nb@x.example,Bridge,Reader,extra\nc@x.example,Bridge,Reader,,\n");
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(problems).toEqual([
      { row: 1, value: "a@x.example, Bridge", message: expect.stringMatching(/^Expected three cells/) },
      { row: 2, value: "b@x.example, Bridge, Reader, extra", message: expect.stringMatching(/^Expected three cells/) },
    ]);
  });
});

describe("an import plan", () => {
  it("checks every row against the index, naming each bad one with its number and a clear message", () => {
    const plan = make(
      [
        "email,itwin,role",
        "leo@x.example,Bridge,Reader",
        "not-an-address,Bridge,Reader",
        "leo@x.example,Nowhere,Reader",
        "leo@x.example,Twin,Reader",
        "leo@x.example,Depot,Owner of all",
        "LEO@x.example,bridge,reader",
        "leo@x.example,Waiting,Reader",
        "leo@x.example,Riverbend,Auditor",
      ].join("\n"),
    );
    expect(plan.source!.problems.map((p) => [p.row, p.value, p.message])).toEqual([
      [3, "not-an-address", "Not an e-mail address."],
      [4, "Nowhere", "No iTwin of the organization has this id or name."],
      [5, "Twin", "2 iTwins are named so: give the iTwin's id (C, D)."],
      [6, "Owner of all", "Depot has no role of this name, nor has the Account iTwin."],
      [7, "LEO@x.example, bridge, reader", "The same as row 2."],
      [8, "Waiting", "The index has not read Waiting yet: finish or retry the crawl first."],
      [9, "Riverbend", expect.stringMatching(/^This is the Account iTwin/)],
    ]);
    expect(plan.source!.rows.map((r) => r.row)).toEqual([2]);
  });

  it("finds iTwins by id as well as name, and roles of the Account iTwin; a name both have must be given by id", () => {
    const account = { ...index.account!, roles: [...index.account!.roles, { id: "ard", displayName: "Reader", permissions: [] }] };
    const text = "leo@x.example,C,Auditor\nleo@x.example,Depot,ard\nleo@x.example,Depot,Reader";
    const plan = importPlan({ ...index, account }, text, { id: "p", known });
    expect(plan.itwins.map((t) => [t.iTwinId, t.changes.map((c) => (c.kind === "addUserMember" ? c.roleIds : []))])).toEqual([
      ["C", [["aud"]]],
      ["B", [["ard"]]],
    ]);
    expect(plan.source!.problems).toEqual([{ row: 3, value: "Reader", message: expect.stringContaining("2 roles are named so on Depot") }]);
  });

  it("adds new members with their roles, adds roles to members keeping theirs, and leaves a role already held alone", () => {
    const plan = make(
      "mia@x.example,Bridge,Reader\nmia@x.example,Bridge,Contributor\nleo@x.example,Bridge,Contributor\nleo@x.example,Bridge,Reader",
    );
    const [mine, leo] = plan.itwins[0]!.changes;
    expect(mine).toMatchObject({ kind: "changeUserRoles", userId: "m", from: ["rd"], to: ["rd", "co"] });
    expect(mine!.roles.map((r) => r.displayName)).toEqual(["Contributor"]);
    expect(describeChange(mine!)).toBe("Add roles");
    expect(leo).toMatchObject({ kind: "addUserMember", email: "leo@x.example", roleIds: ["co", "rd"] });
    expect(leo).not.toHaveProperty("invite");
    // Row 1 has nothing to do: Mia already is a Reader.
    expect(plan.source!.rows.map((r) => [r.row, r.changeId])).toEqual([
      [1, null],
      [2, "A:import:mia@x.example"],
      [3, "A:import:leo@x.example"],
      [4, "A:import:leo@x.example"],
    ]);
    expect(plan.source!.problems).toEqual([]);
  });

  it("invites whoever the organization's people directory does not know, and says so per person", () => {
    const plan = make("guest@elsewhere.example,Bridge,Reader\nguest@elsewhere.example,Depot,Reader\nleo@x.example,Depot,Reader");
    const changes = plan.itwins.flatMap((t) => t.changes);
    expect(changes.map((c) => [c.kind, c.kind === "addUserMember" && c.invite === true])).toEqual([
      ["addUserMember", true],
      ["addUserMember", true],
      ["addUserMember", false],
    ]);
    expect(describeChange(changes[0]!)).toBe("Invite (not in the organization)");
    expect(invitedPeople(plan)).toEqual([{ email: "guest@elsewhere.example", iTwins: ["Bridge", "Depot"] }]);
  });

  it("refuses rows that would give one person more than 50 roles on one iTwin", () => {
    const many = Array.from({ length: 50 }, (_, n) => ({ id: `r${n}`, displayName: `Role ${n}`, permissions: [] }));
    const big: OrgIndex = { account: null, itwins: [done("A", "Bridge", { roles: many, users: [{ ...mia, roleIds: ["r0", "r1"] }] })] };
    const text = many.map((r) => `mia@x.example,Bridge,${r.displayName}`).join("\n");
    // Roles 0 and 1 are held already; the 48 others make 50 — that fits.
    const plan = importPlan(big, text, { id: "p", known });
    expect(plan.source!.problems).toEqual([]);
    expect(plan.itwins[0]!.changes[0]).toMatchObject({ kind: "changeUserRoles", from: ["r0", "r1"] });
    const over = importPlan(
      { account: null, itwins: [done("A", "Bridge", { roles: [...many, { id: "x", displayName: "X", permissions: [] }] })] },
      text + "\nmia@x.example,Bridge,X",
      { id: "p", known },
    );
    expect(over.source!.problems).toHaveLength(51);
    expect(over.source!.problems[0]).toEqual({
      row: 1,
      value: "Role 0",
      message: "mia@x.example would hold 51 roles on Bridge: the API allows at most 50 per member.",
    });
    expect(over.itwins).toEqual([]);
  });

  it("is a plan that survives storage, keeping its text", () => {
    const plan = importPlan(index, "leo@x.example,Bridge,Reader", { id: "p", now: 1, known, fileName: "people.csv" });
    expect(plan.title).toBe("Import from people.csv");
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(importPlan(index, "", { id: "p", known }).itwins).toEqual([]);
  });
});
