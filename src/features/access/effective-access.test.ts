import { describe, expect, it } from "vitest";
import { describePath, effectiveAccess, peopleOf, personFromUser } from "./effective-access";
import { BOTH, DATA, DIRECT, GROUP_ONLY, NOBODY } from "./access-test-data";

const paths = (access: ReturnType<typeof effectiveAccess>, permission: string) =>
  access.permissions.find((p) => p.permission === permission)?.paths.map(describePath);

describe("effective access", () => {
  it("gives a member with a direct role that role's permissions, each from the direct role", () => {
    const access = effectiveAccess(personFromUser(DIRECT), DATA);
    expect(access.permissions.map((p) => p.permission)).toEqual(["imodels_read", "itwins_read"]);
    expect(paths(access, "itwins_read")).toEqual(["Direct role iTwin Reader"]);
  });

  it("gives a member in a group the group's role, naming the group (matched by e-mail, any case)", () => {
    const access = effectiveAccess(personFromUser(GROUP_ONLY), DATA);
    expect(access.permissions.map((p) => p.permission)).toEqual(["imodels_write", "itwins_read"]);
    expect(paths(access, "imodels_write")).toEqual(["Group Site Engineers → iTwin Contributor"]);
  });

  it("lists every path when a permission comes both directly and through a group (matched by user id, any case)", () => {
    const access = effectiveAccess(personFromUser(BOTH), DATA);
    expect(paths(access, "itwins_read")).toEqual(["Direct role Project Manager", "Group Site Engineers → iTwin Contributor"]);
    expect(paths(access, "administration_invite_member")).toEqual(["Direct role Project Manager"]);
  });

  it("gives nothing to a member with no roles and in no group holding one", () => {
    const access = effectiveAccess(personFromUser(NOBODY), DATA);
    expect(access.permissions).toEqual([]);
    expect(access.rolePaths).toEqual([]);
  });

  it("ignores groups that hold no role on the iTwin", () => {
    // DIRECT is in "Executives", which is not a group member of the iTwin.
    expect(effectiveAccess(personFromUser(DIRECT), DATA).rolePaths).toHaveLength(1);
  });

  it("reports held roles that are not in the catalogue instead of guessing their permissions", () => {
    const ghost = { ...DIRECT, roles: [{ id: "r-gone", displayName: "Deleted role" }] };
    const access = effectiveAccess(personFromUser(ghost), DATA);
    expect(access.unknownRoles).toEqual([{ id: "r-gone", displayName: "Deleted role" }]);
    expect(access.permissions).toEqual([]);
  });

  it("counts no group paths when the groups could not be read", () => {
    const access = effectiveAccess(personFromUser(GROUP_ONLY), { ...DATA, groups: null });
    expect(access.permissions).toEqual([]);
  });
});

describe("people", () => {
  it("adds users reached only through a group member, once, after the user members", () => {
    const people = peopleOf(DATA);
    expect(people.map((p) => p.id)).toEqual(["u-direct", "u-both", "u-grouponly", "u-nobody", "u-outside"]);
    expect(people[4]).toMatchObject({ isUserMember: false, directRoles: [] });
  });
});
