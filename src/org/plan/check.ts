// Just before an iTwin's changes are sent, its current state is read back and each change is compared
// with what the plan expected: already so on the server (nothing to send), changed meanwhile (shown as
// drift, never overwritten), or still to send. Only what the pending changes need is read.
import { fetchAll } from "../../api/operation-queries";
import { isApiError } from "../../api/api-error";
import type { HttpClient } from "../../api/operation-request";
import { groupOperations } from "../../api/operations/accesscontrol-groups";
import { memberOperations } from "../../api/operations/accesscontrol-members";
import { PAGE_SIZE } from "../../api/paging";
import type { Group, MemberInvitation, OwnerMember, UserMember } from "../../api/wire";
import { isInvite } from "./invite";
import type { PlanChange } from "./plan";

export interface ITwinNow {
  users: UserMember[] | null;
  owners: OwnerMember[] | null;
  /** Each group a change touches; null when the server no longer has it. */
  groups: Map<string, Group | null>;
  /** The iTwin's pending invitations, when a change invites someone. */
  invitations?: MemberInvitation[] | null;
}

export type Verdict =
  { verdict: "send" } | { verdict: "done"; note: string } | { verdict: "drifted"; note: string } | { verdict: "failed"; error: string };

/** Reads what these changes need of the iTwin: its user members, its owners, the groups named. */
export async function readITwinNow(
  client: HttpClient,
  iTwinId: string,
  changes: readonly PlanChange[],
  signal?: AbortSignal,
): Promise<ITwinNow> {
  const opts = { top: PAGE_SIZE, ...(signal && { signal }) };
  const needsUsers = changes.some((c) => c.kind === "removeUserMember" || c.kind === "changeUserRoles" || c.kind === "addUserMember");
  const needsOwners = changes.some((c) => c.kind === "removeOwner");
  const users = needsUsers ? await readUsers(client, iTwinId, changes, signal) : null;
  const owners = needsOwners ? await fetchAll(client, memberOperations.listOwners, { iTwinId }, opts) : null;
  const invitations = changes.some(isInvite) ? await fetchAll(client, memberOperations.listInvitations, { iTwinId }, opts) : null;
  const groups = new Map<string, Group | null>();
  for (const change of changes) {
    if (change.kind !== "removeFromGroup" || groups.has(change.groupId)) continue;
    try {
      const answer = await client.request(groupOperations.getGroup, { iTwinId, groupId: change.groupId }, signal ? { signal } : {});
      groups.set(change.groupId, answer.group);
    } catch (error) {
      if (isApiError(error) && error.status === 404) groups.set(change.groupId, null);
      else throw error;
    }
  }
  return { users, owners, groups, invitations };
}

/** Members read one by one beat paging through the whole list only for a few known people. */
const FEW = 3;

async function readUsers(client: HttpClient, iTwinId: string, changes: readonly PlanChange[], signal?: AbortSignal): Promise<UserMember[]> {
  const ids = [...new Set(changes.flatMap((c) => (c.kind === "removeUserMember" || c.kind === "changeUserRoles" ? [c.userId] : [])))];
  const byEmailOnly = changes.some((c) => c.kind === "addUserMember");
  if (byEmailOnly || ids.length > FEW)
    return fetchAll(client, memberOperations.listUserMembers, { iTwinId }, { top: PAGE_SIZE, ...(signal && { signal }) });
  const found: UserMember[] = [];
  for (const memberId of ids) {
    try {
      found.push((await client.request(memberOperations.getUserMember, { iTwinId, memberId }, signal ? { signal } : {})).member);
    } catch (error) {
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
  }
  return found;
}

const same = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a.map((s) => s.toLowerCase()));
  const y = new Set(b.map((s) => s.toLowerCase()));
  return x.size === y.size && [...x].every((s) => y.has(s));
};

const sameEmail = (a: string | null | undefined, b: string | null | undefined) =>
  typeof a === "string" && typeof b === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();

function findUser(users: readonly UserMember[], userId: string, email: string | null) {
  return users.find((u) => u.id === userId || sameEmail(u.email, email));
}

const roleIdsOf = (member: UserMember) => member.roles.map((r) => r.id);
const listed = (ids: readonly string[]) => (ids.length ? ids.join(", ") : "none");

/** The e-mails the group keeps once this person is out; a string when the list cannot be rebuilt safely. */
export function groupMembersWithout(group: Group, userId: string, email: string | null): string[] | string {
  if ((group.membersCount ?? group.members.length) > group.members.length)
    return `The group has ${group.membersCount} members and the API lists only ${group.members.length}: writing the list back would drop the others.`;
  const kept = group.members.filter((m) => (m.userId ?? m.id) !== userId && !sameEmail(m.email, email));
  if (kept.some((m) => !m.email)) return "A member of the group has no e-mail address: the list cannot be written back without them.";
  return kept.map((m) => m.email!);
}

export function verdictOf(change: PlanChange, now: ITwinNow): Verdict {
  switch (change.kind) {
    case "removeUserMember": {
      const member = findUser(now.users ?? [], change.userId, change.email);
      if (!member) return { verdict: "done", note: "Not a member any more." };
      if (!same(roleIdsOf(member), change.roleIds))
        return {
          verdict: "drifted",
          note: `Roles changed since the plan was made (now: ${listed(member.roles.map((r) => r.displayName))}).`,
        };
      return { verdict: "send" };
    }
    case "changeUserRoles": {
      const member = findUser(now.users ?? [], change.userId, change.email);
      const held = member ? roleIdsOf(member) : [];
      if (member && same(held, change.to)) return { verdict: "done", note: "Already holds these roles." };
      if (!member) return { verdict: "drifted", note: "Not a member any more." };
      if (!same(held, change.from))
        return {
          verdict: "drifted",
          note: `Roles changed since the plan was made (now: ${listed(member.roles.map((r) => r.displayName))}).`,
        };
      return { verdict: "send" };
    }
    case "addUserMember": {
      const member = findUser(now.users ?? [], "", change.email);
      const held = new Set((member ? roleIdsOf(member) : []).map((r) => r.toLowerCase()));
      if (member && change.roleIds.every((r) => held.has(r.toLowerCase()))) return { verdict: "done", note: "Already holds these roles." };
      // An invitation sent before (a run cut short after sending): not sent again.
      const invited = change.invite && !member && now.invitations?.find((i) => i.status === "Pending" && sameEmail(i.email, change.email));
      const offered = new Set((invited ? (invited.roles ?? []) : []).map((r) => r.id.toLowerCase()));
      if (invited && change.roleIds.every((r) => offered.has(r.toLowerCase()))) return { verdict: "done", note: "Already invited." };
      return { verdict: "send" };
    }
    case "removeOwner": {
      const owners = now.owners ?? [];
      const owner = owners.find((o) => o.id === change.userId || sameEmail(o.email, change.email));
      if (!owner) return { verdict: "done", note: "Not an owner any more." };
      if (owners.length === 1 && !change.warning)
        return { verdict: "drifted", note: "Now the only owner: the iTwin would be left without one." };
      return { verdict: "send" };
    }
    case "removeFromGroup": {
      const group = now.groups.get(change.groupId);
      if (!group) return { verdict: "drifted", note: "The group no longer exists." };
      const inGroup = group.members.some((m) => (m.userId ?? m.id) === change.userId || sameEmail(m.email, change.email));
      if (!inGroup && (group.membersCount ?? group.members.length) <= group.members.length)
        return { verdict: "done", note: "Not in the group any more." };
      const kept = groupMembersWithout(group, change.userId, change.email);
      return typeof kept === "string" ? { verdict: "failed", error: kept } : { verdict: "send" };
    }
  }
}
