// Every resource the console caches. A GET caches under its resource's key; a change makes its
// resources' keys stale. Keys are [name, ...scope values], so one iTwin's roles live under one prefix
// whichever feature reads them.
import { resource } from "./define";

export const resources = {
  permissionCatalogue: resource("permissions"),
  myPermissions: resource("my-permissions", "iTwinId"),
  roles: resource("roles", "iTwinId"),
  userMembers: resource("user-members", "iTwinId"),
  groupMembers: resource("group-members", "iTwinId"),
  owners: resource("owners", "iTwinId"),
  invitations: resource("invitations", "iTwinId"),
  groups: resource("groups", "iTwinId"),
  packages: resource("packages"),
  packageRoles: resource("package-roles"),
  packageAssignments: resource("package-assignments", "iTwinId", "uniqueName"),
  iTwins: resource("itwins"),
  recentITwins: resource("recent-itwins"),
  favoriteITwins: resource("favorite-itwins"),
  accountITwin: resource("account-itwin"),
  jobs: resource("jobs", "iTwinId"),
  shares: resource("shares", "iTwinId"),
  me: resource("me"),
  users: resource("users"),
};

/** Roles change what members hold and what the caller may do; their names appear in member and assignment lists. */
export const roleDependents = [
  resources.userMembers,
  resources.groupMembers,
  resources.invitations,
  resources.myPermissions,
  resources.packageAssignments,
];
