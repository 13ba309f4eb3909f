// "Give someone the same access as another person": from the organization index, what person B has —
// their direct roles (on each iTwin and on the Account iTwin itself), the groups they are in (the
// iTwin's own and the Account iTwin's, which reach every iTwin), their ownerships — becomes what person A
// is given, on all of B's iTwins or a chosen few. What A already has is left out; A keeps every role they
// hold. Ownership is every permission, so it is proposed but left for the administrator to choose.
// A may be outside the index (only an e-mail): they are then added by e-mail, and invited where needed.
import { sameEmail } from "../../api/access-jobs/actions";
import { lacking, type OrgIndex } from "../index-queries";
import { personName, type ITwinSnapshot, type MemberFact, type PersonRef } from "../snapshot";
import type { ITwinChanges, Plan, PlanChange } from "./plan";
import { accountGroupRoles, rolesOf } from "./role-effects";

/** Who is given the access: someone of the index (id known) or an e-mail address. */
export interface Recipient {
  id: string | null;
  email: string;
  name: string;
}

export function recipientOf(person: PersonRef): Recipient | null {
  return person.email ? { id: person.id, email: person.email, name: personName(person) } : null;
}

export interface SameAccessOptions {
  id: string;
  now?: number;
  /** B's iTwins to copy (the Account iTwin's id for its own roles); every one of B's when absent. */
  iTwinIds?: readonly string[];
}

const isRecipient = (to: Recipient) => (p: { id: string; email: string | null }) =>
  (to.id !== null && p.id === to.id) || sameEmail(to.email, p.email);

/** The roles B holds that A lacks, as a new membership or as roles added to A's: null when A has them all. */
export function rolesChange(
  index: OrgIndex,
  itwin: Pick<ITwinSnapshot, "id" | "roles"> | null,
  iTwinId: string,
  existing: MemberFact | undefined,
  email: string,
  wanted: readonly string[],
): PlanChange | null {
  const held = existing?.roleIds ?? [];
  const missing = [...new Set(wanted)].filter((r) => !held.includes(r));
  if (missing.length === 0) return null;
  const roles = rolesOf(itwin, index, missing);
  if (existing)
    return {
      id: `${iTwinId}:roles:${existing.id}`,
      kind: "changeUserRoles",
      selected: true,
      userId: existing.id,
      email: existing.email ?? email,
      from: [...held],
      to: [...held, ...missing],
      roles,
    };
  return { id: `${iTwinId}:member:${email.toLowerCase()}`, kind: "addUserMember", selected: true, email, roleIds: missing, roles };
}

export function sameAccessPlan(index: OrgIndex, to: Recipient, from: PersonRef, options: SameAccessOptions): Plan {
  const chosen = options.iTwinIds ? new Set(options.iTwinIds) : null;
  const isA = isRecipient(to);
  const key = to.id ?? to.email.toLowerCase();
  const toGroup = (iTwinId: string, group: { id: string; name: string }, roles: PlanChange["roles"]): PlanChange => ({
    id: `${iTwinId}:group:${group.id}:${key}`,
    kind: "addToGroup",
    selected: true,
    email: to.email,
    userId: to.id,
    groupId: group.id,
    groupName: group.name,
    roles,
  });
  const itwins: ITwinChanges[] = [];
  const reached: ITwinSnapshot[] = [];

  for (const itwin of index.itwins) {
    if (itwin.state !== "done" || (chosen && !chosen.has(itwin.id))) continue;
    reached.push(itwin);
    const changes: PlanChange[] = [];
    const direct = itwin.users.find((u) => u.id === from.id);
    const roles = direct && rolesChange(index, itwin, itwin.id, itwin.users.find(isA), to.email, direct.roleIds);
    if (roles) changes.push(roles);
    for (const group of itwin.groups ?? []) {
      const members = group.memberIds ?? [];
      if (!members.includes(from.id) || (to.id !== null && members.includes(to.id))) continue;
      const held = itwin.groupMembers.find((g) => g.id === group.id)?.roleIds ?? [];
      changes.push(toGroup(itwin.id, group, rolesOf(itwin, index, held)));
    }
    if (itwin.owners.some((o) => o.id === from.id) && !itwin.owners.some(isA))
      changes.push({ id: `${itwin.id}:owner:${key}`, kind: "addOwner", selected: false, email: to.email, roles: [] });
    if (changes.length) itwins.push({ iTwinId: itwin.id, iTwinName: itwin.displayName, changes });
  }

  const account = index.account;
  if (account) {
    const changes: PlanChange[] = [];
    const direct = account.users.find((u) => u.id === from.id);
    if (direct && (!chosen || chosen.has(account.id))) {
      const roles = rolesChange(index, null, account.id, account.users.find(isA), to.email, direct.roleIds);
      if (roles) changes.push(roles);
    }
    for (const group of account.groups) {
      const members = group.memberIds ?? [];
      if (!members.includes(from.id) || (to.id !== null && members.includes(to.id))) continue;
      // An account group reaches every iTwin where it holds roles: it is copied when one of those is chosen.
      const where = reached.filter((t) => t.groupMembers.some((g) => g.id === group.id));
      if (chosen && !chosen.has(account.id) && where.length === 0) continue;
      changes.push(toGroup(account.id, group, accountGroupRoles(index, group.id)));
    }
    if (changes.length) itwins.push({ iTwinId: account.id, iTwinName: account.displayName, account: true, changes });
  }

  const fromName = personName(from);
  const notes =
    to.id === null
      ? [`${to.email} is not in the organization index: they are added by e-mail, and invited where they are not yet a user.`]
      : [];
  return {
    version: 1,
    id: options.id,
    kind: "sameAccess",
    title: `Give ${to.name} the same access as ${fromName}`,
    createdAt: options.now ?? Date.now(),
    ...(to.id !== null && { person: { id: to.id, name: to.name, email: to.email } }),
    itwins,
    lacking: lacking(index).map((t) => ({ id: t.id, name: t.displayName })),
    ...(notes.length && { notes }),
  };
}
