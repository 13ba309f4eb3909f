// What an "add users" answer means for each person: the server merges an add into what was there, so a
// person in `members` may have been a member already (and only gained roles, or nothing). Known from the
// roles they had before (the cache), or — when not known — from roles in the answer that were not asked for.
import type { RoleRef, UserMember } from "../../api/wire";

export interface AddOutcome {
  added: UserMember[];
  alreadyMembers: { member: UserMember; gained: RoleRef[] }[];
}

export function splitAddResult(
  members: readonly UserMember[],
  requestedRoleIds: readonly string[],
  rolesBefore: (member: UserMember) => RoleRef[] | undefined,
): AddOutcome {
  const requested = new Set(requestedRoleIds.map((id) => id.toLowerCase()));
  const outcome: AddOutcome = { added: [], alreadyMembers: [] };
  for (const member of members) {
    const known = rolesBefore(member);
    const before = new Set((known ?? member.roles.filter((r) => !requested.has(r.id.toLowerCase()))).map((r) => r.id.toLowerCase()));
    if (before.size === 0) outcome.added.push(member);
    else outcome.alreadyMembers.push({ member, gained: member.roles.filter((r) => !before.has(r.id.toLowerCase())) });
  }
  return outcome;
}
