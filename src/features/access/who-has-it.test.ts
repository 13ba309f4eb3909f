import { describe, expect, it } from "vitest";
import { peopleOf, describePath } from "./effective-access";
import { permissionsOf, whoHasIt } from "./who-has-it";
import { DATA, ROLES } from "./access-test-data";

const summary = (holders: ReturnType<typeof whoHasIt>) => holders.map((h) => [h.person.id, h.paths.map(describePath)]);

describe("who has it", () => {
  it("finds the holders of a role directly and through the group, including people outside the user list", () => {
    expect(summary(whoHasIt({ kind: "role", roleId: "R-CONTRIB" }, peopleOf(DATA), DATA))).toEqual([
      ["u-both", ["Group Site Engineers → iTwin Contributor"]],
      ["u-grouponly", ["Group Site Engineers → iTwin Contributor"]],
      ["u-outside", ["Group Site Engineers → iTwin Contributor"]],
    ]);
  });

  it("finds the holders of a permission through every role that includes it", () => {
    const holders = whoHasIt({ kind: "permission", permission: "itwins_read" }, peopleOf(DATA), DATA);
    expect(summary(holders)).toEqual([
      ["u-direct", ["Direct role iTwin Reader"]],
      ["u-both", ["Direct role Project Manager", "Group Site Engineers → iTwin Contributor"]],
      ["u-grouponly", ["Group Site Engineers → iTwin Contributor"]],
      ["u-outside", ["Group Site Engineers → iTwin Contributor"]],
    ]);
  });

  it("finds nobody for a permission no held role includes", () => {
    expect(whoHasIt({ kind: "permission", permission: "edfs_objipexec" }, peopleOf(DATA), DATA)).toEqual([]);
  });

  it("lists each permission named by any role once, sorted", () => {
    expect(permissionsOf(ROLES)).toEqual(["administration_invite_member", "imodels_read", "imodels_write", "itwins_read"]);
  });
});
