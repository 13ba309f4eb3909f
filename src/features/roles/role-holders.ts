// Who holds a role: user and group members carry their roles, so this is a filter over the member lists.
import type { GroupMember, UserMember } from "../../api/wire";

export interface RoleHolders {
  users: UserMember[];
  groups: GroupMember[];
}

export function holdersOf(
  roleId: string,
  users: readonly UserMember[] | undefined,
  groups: readonly GroupMember[] | undefined,
): RoleHolders {
  const holds = (m: { roles: { id: string }[] }) => m.roles.some((r) => r.id === roleId);
  return { users: (users ?? []).filter(holds), groups: (groups ?? []).filter(holds) };
}

/** A member whose profile was deleted keeps only an id: say so instead of showing blanks. */
export function userLabel(user: UserMember): string {
  const name = [user.givenName, user.surname].filter(Boolean).join(" ");
  if (name && user.email) return `${name} (${user.email})`;
  return name || user.email || `Unknown user ${user.id}`;
}
