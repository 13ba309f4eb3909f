import { describe, expect, it } from "vitest";
import type { OrgIndex } from "../index-queries";
import { pendingSnapshot, type RoleFact } from "../snapshot";
import { accountSnapshot, doneSnapshot } from "../../test/org-snapshot";
import { driftRows, roleDrift, targetsOf, templateOf } from "./role-drift";

const reader: RoleFact = { id: "r", displayName: "Reader", permissions: ["imodels_read", "itwins_read"] };
const editor: RoleFact = { id: "e", displayName: "Editor", permissions: ["imodels_read", "imodels_write", "itwins_read"] };

const done = doneSnapshot;

const index: OrgIndex = {
  account: accountSnapshot({ roles: [{ id: "a1", displayName: "Auditor", permissions: ["audit_read"] }] }),
  itwins: [
    done("REF", [reader, editor]),
    done("SAME", [
      { ...reader, id: "r2", displayName: " reader " },
      { ...editor, id: "e2", permissions: ["itwins_read", "imodels_write", "IMODELS_READ"] },
    ]),
    done(
      "DRIFT",
      [
        { id: "r3", displayName: "Reader", permissions: ["imodels_read", "itwins_read", "imodels_delete"] },
        { id: "x3", displayName: "Temp access", permissions: ["storage_read"] },
      ],
      {
        users: [
          { id: "u1", email: null, givenName: null, surname: null, roleIds: ["x3", "r3"] },
          { id: "u2", email: null, givenName: null, surname: null, roleIds: ["x3"] },
        ],
        groupMembers: [{ id: "g", name: "Team", roleIds: ["x3"] }],
      },
    ),
    { ...pendingSnapshot("LATER", "iTwin LATER", null) },
  ],
};

describe("role drift", () => {
  const template = templateOf(index, { kind: "itwin", iTwinId: "REF" })!;

  it("finds missing roles, extra roles and differing permissions, matched by name in any case", () => {
    const report = roleDrift(template, targetsOf(index.itwins, { mode: "all" }, "REF"));
    expect(report.compared).toBe(2);
    expect(report.notCompared).toEqual([{ iTwinId: "LATER", iTwinName: "iTwin LATER", state: "pending" }]);
    expect(report.drifted.map((t) => t.iTwinId)).toEqual(["DRIFT"]);
    const [drift] = report.drifted;
    expect(drift!.differences).toEqual([
      expect.objectContaining({ kind: "permissions", roleName: "Reader", missingPermissions: [], extraPermissions: ["imodels_delete"] }),
      expect.objectContaining({
        kind: "missing",
        roleName: "Editor",
        target: null,
        missingPermissions: ["imodels_read", "imodels_write", "itwins_read"],
      }),
      expect.objectContaining({ kind: "extra", roleName: "Temp access", reference: null, holders: 3 }),
    ]);
  });

  it("names what is missing from a role and what it has beyond the reference", () => {
    const t = done("T", [{ id: "r9", displayName: "Reader", permissions: ["imodels_read", "forms_read"] }, editor]);
    const [d] = roleDrift(template, [t]).drifted[0]!.differences;
    expect(d).toMatchObject({ kind: "permissions", missingPermissions: ["itwins_read"], extraPermissions: ["forms_read"], holders: 0 });
  });

  it("takes the role already in line when a target holds two of the same name, and calls the other extra", () => {
    const t = done("T", [{ id: "bad", displayName: "Reader", permissions: [] }, { ...reader, id: "good" }, editor]);
    const differences = roleDrift(template, [t]).drifted[0]!.differences;
    expect(differences).toEqual([expect.objectContaining({ kind: "extra", target: expect.objectContaining({ id: "bad" }) })]);
  });

  it("uses the Account iTwin's roles as the reference when asked, and only its first role of a name", () => {
    const account = templateOf(
      { ...index, account: { ...index.account!, roles: [...index.account!.roles, { id: "a2", displayName: "AUDITOR", permissions: [] }] } },
      { kind: "account" },
    )!;
    expect(account).toMatchObject({ iTwinId: "acct", account: true, duplicateNames: ["AUDITOR"] });
    expect(account.roles.map((r) => r.id)).toEqual(["a1"]);
    const report = roleDrift(account, [index.itwins[0]!]);
    expect(report.drifted[0]!.differences.map((d) => `${d.kind} ${d.roleName}`)).toEqual([
      "missing Auditor",
      "extra Reader",
      "extra Editor",
    ]);
  });

  it("has no template for an iTwin not read yet, or not in the index", () => {
    expect(templateOf(index, { kind: "itwin", iTwinId: "LATER" })).toBeNull();
    expect(templateOf(index, { kind: "itwin", iTwinId: "nowhere" })).toBeNull();
    expect(templateOf({ ...index, account: null }, { kind: "account" })).toBeNull();
  });

  it("chooses targets: all but the reference, the chosen ones, or those whose name matches", () => {
    const ids = (choice: Parameters<typeof targetsOf>[1]) => targetsOf(index.itwins, choice, "REF").map((t) => t.id);
    expect(ids({ mode: "all" })).toEqual(["SAME", "DRIFT", "LATER"]);
    expect(ids({ mode: "chosen", ids: ["DRIFT", "REF"] })).toEqual(["DRIFT"]);
    expect(ids({ mode: "named", text: " drift" })).toEqual(["DRIFT"]);
    expect(ids({ mode: "named", text: "" })).toEqual(["SAME", "DRIFT", "LATER"]);
  });

  it("reports nothing when every target is in line", () => {
    const report = roleDrift(template, [index.itwins[1]!]);
    expect(report).toMatchObject({ compared: 1, drifted: [], notCompared: [] });
    expect(driftRows(report)).toEqual([]);
  });

  it("gives one exported row per target and role", () => {
    const rows = driftRows(roleDrift(template, [index.itwins[2]!]));
    expect(rows).toEqual([
      ["iTwin DRIFT", "DRIFT", "Reader", "Different permissions", "", "imodels_delete", 1],
      ["iTwin DRIFT", "DRIFT", "Editor", "Missing role", "imodels_read; imodels_write; itwins_read", "", 0],
      ["iTwin DRIFT", "DRIFT", "Temp access", "Extra role", "", "storage_read", 3],
    ]);
  });

  it("answers over a thousand iTwins of a dozen roles and hundreds of members quickly", () => {
    const permissions = Array.from({ length: 60 }, (_, i) => `perm_${i}`);
    const roles = Array.from({ length: 12 }, (_, r) => ({
      id: `ref${r}`,
      displayName: `Role ${r}`,
      permissions: permissions.filter((_, i) => (i + r) % 3 === 0),
    }));
    const big = done("BIGREF", roles);
    const users = Array.from({ length: 300 }, (_, u) => ({
      id: `u${u}`,
      email: null,
      givenName: null,
      surname: null,
      roleIds: [`t${u % 12}`],
    }));
    const targets = Array.from({ length: 1000 }, (_, n) =>
      done(
        `T${n}`,
        roles
          .filter((_, r) => !(n % 7 === 0 && r === 3))
          .map((role, r) => ({
            ...role,
            id: `t${r}`,
            permissions: n % 5 === 0 && r === 1 ? [...role.permissions, "perm_extra"] : role.permissions,
          })),
        { users },
      ),
    );
    const template = templateOf({ itwins: [big], account: null }, { kind: "itwin", iTwinId: "BIGREF" })!;
    roleDrift(template, targets.slice(0, 50)); // warmed up, so the figure is the comparison's, not the compiler's
    const started = performance.now();
    const report = roleDrift(template, targets);
    const took = performance.now() - started;
    expect(report.compared).toBe(1000);
    // Every 7th lacks role 3, every 5th has an extra permission on role 1: 143 + 200 - 29 both.
    expect(report.drifted).toHaveLength(314);
    // About 15 ms on an idle machine; the ceiling leaves room for a busy one and still catches a quadratic slip.
    expect(took).toBeLessThan(1500);
  });
});
