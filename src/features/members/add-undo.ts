// What undoing an "add users" must send. The server merges an add into what was there (an existing
// member keeps their roles and gains the new ones; re-inviting adds roles to the pending invitation),
// so removing everyone in the answer could remove people who were members before. Instead:
// - a member who was there before gets the roles they had back (known from the cache, or — when the
//   answer shows roles that were not asked for — those roles);
// - a member who is new is removed;
// - an invitation this add created is cancelled; one that already existed is left alone.
import type { MemberInvitation, RoleRef, UserMember } from "../../api/wire";
import { sameRoleIds } from "./role-diff";

export interface AddUndoPlan {
  remove: UserMember[];
  restore: { member: UserMember; roleIds: string[] }[];
  cancel: MemberInvitation[];
  /** Pending invitations that existed before; the roles this add gave them cannot be taken back. */
  untouched: MemberInvitation[];
}

const ids = (roles: readonly RoleRef[]) => roles.map((r) => r.id.toLowerCase());

export function planAddUndo(
  answer: { members: UserMember[]; invitations: MemberInvitation[] },
  requestedRoleIds: readonly string[],
  before: { rolesOf: (member: UserMember) => RoleRef[] | undefined; invitationIds: ReadonlySet<string> },
): AddUndoPlan {
  const requested = new Set(requestedRoleIds.map((id) => id.toLowerCase()));
  const plan: AddUndoPlan = { remove: [], restore: [], cancel: [], untouched: [] };
  for (const member of answer.members) {
    const known = before.rolesOf(member);
    const previous = known ? ids(known) : ids(member.roles).filter((id) => !requested.has(id));
    if (previous.length === 0) plan.remove.push(member);
    else if (!sameRoleIds(previous, ids(member.roles))) plan.restore.push({ member, roleIds: previous });
    // else: nothing was added to them, nothing to undo.
  }
  for (const invitation of answer.invitations) {
    (before.invitationIds.has(invitation.id.toLowerCase()) ? plan.untouched : plan.cancel).push(invitation);
  }
  return plan;
}
