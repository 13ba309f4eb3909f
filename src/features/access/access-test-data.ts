// Fixtures shared by the access unit and component tests: three roles, a group holding a role, and
// people who hold access directly, through the group, both ways, or not at all.
import type { Group, GroupMember, Role, UserMember } from "../../api/wire";
import type { AccessData } from "./effective-access";

export const ROLES: Role[] = [
  { id: "r-reader", displayName: "iTwin Reader", description: "Reads", permissions: ["itwins_read", "imodels_read"] },
  { id: "r-contrib", displayName: "iTwin Contributor", description: "Edits", permissions: ["itwins_read", "imodels_write"] },
  { id: "r-pm", displayName: "Project Manager", description: "Manages", permissions: ["administration_invite_member", "itwins_read"] },
];

export const member = (key: string, roles: string[], over: Partial<UserMember> = {}): UserMember => ({
  id: `u-${key}`,
  email: `${key}@riverbend.example`,
  givenName: key[0]!.toUpperCase() + key.slice(1),
  surname: "Tester",
  organization: "Riverbend",
  roles: roles.map((id) => ({ id, displayName: ROLES.find((r) => r.id === id)?.displayName ?? id })),
  ...over,
});

export const DIRECT = member("direct", ["r-reader"]);
export const BOTH = member("both", ["r-pm"]);
/** In the group by e-mail only (different case), no direct roles. */
export const GROUP_ONLY = member("grouponly", []);
export const NOBODY = member("nobody", []);

export const SITE_ENGINEERS: Group = {
  id: "g-site",
  name: "Site Engineers",
  description: "On site",
  members: [
    { userId: "U-BOTH", email: "both@riverbend.example" },
    { email: "GroupOnly@Riverbend.example" },
    { userId: "u-outside", email: "outside@riverbend.example", givenName: "Olive", surname: "Outside" },
  ],
  imsGroups: [],
};

export const EMPTY_GROUP: Group = { id: "g-empty", name: "Executives", description: "", members: [{ userId: "u-direct" }], imsGroups: [] };

export const GROUP_MEMBERS: GroupMember[] = [
  {
    id: "g-site",
    groupName: "Site Engineers",
    groupDescription: "On site",
    roles: [{ id: "r-contrib", displayName: "iTwin Contributor" }],
  },
];

export const DATA: AccessData = {
  roles: ROLES,
  users: [DIRECT, BOTH, GROUP_ONLY, NOBODY],
  groupMembers: GROUP_MEMBERS,
  groups: [SITE_ENGINEERS, EMPTY_GROUP],
};
