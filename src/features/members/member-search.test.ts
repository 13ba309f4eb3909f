import { describe, expect, it } from "vitest";
import type { GroupMember, UserMember } from "../../api/wire";
import { isMissingUser, searchGroups, searchUsers, sortUsers, userDisplayName } from "./member-search";

const user = (over: Partial<UserMember>): UserMember => ({
  id: "1",
  email: "ada@x.example",
  givenName: "Ada",
  surname: "Lovelace",
  organization: "Riverbend",
  roles: [{ id: "r1", displayName: "iTwin Reader" }],
  ...over,
});
const missing = user({ id: "2", email: null, givenName: null, surname: null, organization: null });

describe("member search", () => {
  it("matches every word in name, e-mail, organization or role, ignoring case", () => {
    const members = [user({}), user({ id: "3", givenName: "Bob", surname: "Byte", email: "bob@y.example", roles: [] })];
    expect(searchUsers(members, "ada reader").map((m) => m.id)).toEqual(["1"]);
    expect(searchUsers(members, "Y.EXAMPLE").map((m) => m.id)).toEqual(["3"]);
    expect(searchUsers(members, "nobody")).toEqual([]);
    expect(searchUsers(members, "  ")).toHaveLength(2);
  });

  it("finds missing users by 'missing' and names them so", () => {
    expect(isMissingUser(missing)).toBe(true);
    expect(isMissingUser(user({}))).toBe(false);
    expect(searchUsers([user({}), missing], "missing").map((m) => m.id)).toEqual(["2"]);
    expect(userDisplayName(missing)).toBe("Missing user");
    expect(userDisplayName(user({ givenName: null, surname: null }))).toBe("ada@x.example");
  });

  it("sorts by the text a column shows, either way, keeping ties in their order", () => {
    const bob = user({ id: "3", givenName: "bob", surname: "Byte", email: "bob@y.example", organization: null, roles: [] });
    const ada2 = user({ id: "4", roles: [{ id: "r2", displayName: "Admin" }] });
    const members = [user({}), bob, missing, ada2];
    expect(sortUsers(members, "name", "asc").map((m) => m.id)).toEqual(["2", "1", "4", "3"]);
    expect(sortUsers(members, "name", "desc").map((m) => m.id)).toEqual(["3", "1", "4", "2"]);
    expect(sortUsers(members, "organization", "asc").map((m) => m.id)).toEqual(["3", "2", "1", "4"]);
    expect(sortUsers(members, "roles", "asc").map((m) => m.id)).toEqual(["3", "4", "1", "2"]);
    expect(members.map((m) => m.id)).toEqual(["1", "3", "2", "4"]);
  });

  it("searches groups by name, description and role", () => {
    const g: GroupMember = {
      id: "g",
      groupName: "Site Engineers",
      groupDescription: "On site",
      roles: [{ id: "r", displayName: "Contributor" }],
    };
    expect(searchGroups([g], "contributor")).toHaveLength(1);
    expect(searchGroups([g], "design")).toHaveLength(0);
  });
});
