import { describe, expect, it } from "vitest";
import type { RoleFact } from "../snapshot";
import { doneSnapshot } from "../../test/org-snapshot";
import { allChanges, parsePlan } from "./plan";
import { roleDrift, templateOf } from "./role-drift";
import { roleTemplatePlan } from "./role-template";

const reader: RoleFact = { id: "r", displayName: "Reader", description: "Reads", permissions: ["imodels_read", "itwins_read"] };
const editor: RoleFact = { id: "e", displayName: "Editor", description: "Edits", permissions: ["imodels_write"] };
const done = doneSnapshot;

const reference = done("REF", [reader, editor]);
const target = done(
  "T",
  [
    { id: "t-r", displayName: "reader", description: "", permissions: ["imodels_read", "imodels_delete"] },
    { id: "t-x", displayName: "Temp", description: "For a week", permissions: ["storage_read"] },
    { id: "t-y", displayName: "Unused", permissions: [] },
  ],
  { users: [{ id: "u", email: "u@x.example", givenName: null, surname: null, roleIds: ["t-x"] }] },
);

describe("bringing roles in line", () => {
  const template = templateOf({ itwins: [reference], account: null }, { kind: "itwin", iTwinId: "REF" })!;
  const report = roleDrift(template, [target]);
  const plan = roleTemplatePlan(template, report.drifted, { id: "p", now: 5, lacking: [{ id: "L", name: "Later" }] });

  it("creates missing roles with the reference's name, description and permissions, and sets differing ones to the reference's", () => {
    expect(plan).toMatchObject({ kind: "roleTemplate", id: "p", createdAt: 5, title: "Bring iTwin T in line with the roles of iTwin REF" });
    expect(plan.lacking).toEqual([{ id: "L", name: "Later" }]);
    // Kept in IndexedDB and validated when read back: the plan has the stored shape.
    expect(parsePlan(plan)).toEqual(plan);
    const changes = allChanges(plan).map((c) => c.change);
    expect(changes.find((c) => c.kind === "createRole")).toMatchObject({
      selected: true,
      displayName: "Editor",
      description: "Edits",
      permissions: ["imodels_write"],
    });
    expect(changes.find((c) => c.kind === "updateRole")).toMatchObject({
      selected: true,
      roleId: "t-r",
      from: ["imodels_read", "imodels_delete"],
      to: ["imodels_read", "itwins_read"],
    });
  });

  it("lists the roles only the target has without choosing them, warning where members hold them", () => {
    const deletes = allChanges(plan)
      .map((c) => c.change)
      .filter((c) => c.kind === "deleteRole");
    expect(deletes).toEqual([
      expect.objectContaining({
        roleId: "t-x",
        displayName: "Temp",
        description: "For a week",
        selected: false,
        warning: "holdersLoseAccess",
      }),
      expect.objectContaining({ roleId: "t-y", selected: false }),
    ]);
    expect(deletes[1]!.warning).toBeUndefined();
  });

  it("names how many iTwins a plan for several brings in line", () => {
    const two = roleTemplatePlan(template, [...report.drifted, { ...report.drifted[0]!, iTwinId: "T2", iTwinName: "Two" }], { id: "q" });
    expect(two.title).toBe("Bring 2 iTwins in line with the roles of iTwin REF");
    expect(two.itwins.map((t) => t.iTwinId)).toEqual(["T", "T2"]);
  });
});
