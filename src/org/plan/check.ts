// Just before an iTwin's changes are sent, its current state is read back and each change is compared
// with what the plan expected: already so on the server (nothing to send), changed meanwhile (shown as
// drift, never overwritten), or still to send. Only what the pending changes need is read.
import { sameEmail } from "../../api/access-jobs/actions";
import { fetchAll } from "../../api/operation-queries";
import { isApiError } from "../../api/api-error";
import type { HttpClient } from "../../api/operation-request";
import { groupOperations } from "../../api/operations/accesscontrol-groups";
import { memberOperations } from "../../api/operations/accesscontrol-members";
import { roleOperations } from "../../api/operations/accesscontrol-roles";
import { shareOperations } from "../../api/operations/accesscontrol-shares";
import { payloadOf } from "../../api/operations/define";
import { PAGE_SIZE } from "../../api/paging";
import type { Group, GroupMember, MemberInvitation, OwnerMember, Role, UserMember } from "../../api/wire";
import type { Share } from "../../api/wire-access";
import { isInvite } from "./invite";
import type { PlanChange, PlanChangeKind } from "./plan";

export interface ITwinNow {
  users: UserMember[] | null;
  owners: OwnerMember[] | null;
  /** Each group a change touches; null when the server no longer has it. */
  groups: Map<string, Group | null>;
  /** Each group a change gives or takes roles on the iTwin, as a group member; null when it is none. */
  groupMembers?: Map<string, GroupMember | null>;
  roles?: Role[] | null;
  invitations?: MemberInvitation[] | null;
  shares?: Share[] | null;
}

export type Verdict =
  | { verdict: "send" }
  | { verdict: "done"; note: string; createdId?: string }
  | { verdict: "drifted"; note: string }
  | { verdict: "failed"; error: string };

const needs = (changes: readonly PlanChange[], ...kinds: PlanChangeKind[]) => changes.some((c) => kinds.includes(c.kind));

async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/** Reads what these changes need of the iTwin: its user members, its owners, the groups named. */
export async function readITwinNow(
  client: HttpClient,
  iTwinId: string,
  changes: readonly PlanChange[],
  signal?: AbortSignal,
): Promise<ITwinNow> {
  const opts = { top: PAGE_SIZE, ...(signal && { signal }) };
  const one = signal ? { signal } : {};
  const users = needs(changes, "removeUserMember", "changeUserRoles", "addUserMember")
    ? await readUsers(client, iTwinId, changes, signal)
    : null;
  const owners = needs(changes, "removeOwner", "addOwner") ? await fetchAll(client, memberOperations.listOwners, { iTwinId }, opts) : null;
  const groups = new Map<string, Group | null>();
  const groupMembers = new Map<string, GroupMember | null>();
  for (const change of changes) {
    if ((change.kind === "removeFromGroup" || change.kind === "addToGroup") && !groups.has(change.groupId)) {
      const groupId = change.groupId;
      groups.set(
        groupId,
        await unlessNotFound(async () => (await client.request(groupOperations.getGroup, { iTwinId, groupId }, one)).group),
      );
    }
    const groupRoles = change.kind === "addGroupMember" || change.kind === "removeGroupMember" || change.kind === "changeGroupRoles";
    if (groupRoles && !groupMembers.has(change.groupId)) {
      const groupId = change.groupId;
      groupMembers.set(
        groupId,
        await unlessNotFound(async () => (await client.request(memberOperations.getGroupMember, { iTwinId, groupId }, one)).member),
      );
    }
  }
  const roles = needs(changes, "createRole", "updateRole", "deleteRole")
    ? payloadOf(roleOperations.listRoles, await client.request(roleOperations.listRoles, { iTwinId }, one))
    : null;
  const invitations =
    needs(changes, "cancelInvitation") || changes.some(isInvite)
      ? await fetchAll(client, memberOperations.listInvitations, { iTwinId }, opts)
      : null;
  const shares = needs(changes, "revokeShare")
    ? payloadOf(shareOperations.listShares, await client.request(shareOperations.listShares, { iTwinId }, one))
    : null;
  return { users, owners, groups, groupMembers, roles, invitations, shares };
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

/** For a member about to be added: who they are and what they hold already, when they are a member. */
export function memberBefore(change: PlanChange, now: ITwinNow): { userId: string; roleIds: string[] } | undefined {
  if (change.kind !== "addUserMember") return undefined;
  const member = findUser(now.users ?? [], "", change.email);
  return member ? { userId: member.id, roleIds: roleIdsOf(member) } : undefined;
}

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

/** The most people a group's member list may hold (the update refuses longer lists). */
export const GROUP_MEMBERS_MAX = 50;

/** The e-mails the group holds once this person is in; a string when the list cannot be rebuilt safely. */
export function groupMembersWith(group: Group, email: string): string[] | string {
  if ((group.membersCount ?? group.members.length) > group.members.length)
    return `The group has ${group.membersCount} members and the API lists only ${group.members.length}: writing the list back would drop the others.`;
  if (group.members.some((m) => !m.email))
    return "A member of the group has no e-mail address: the list cannot be written back without them.";
  if (group.members.length >= GROUP_MEMBERS_MAX) return `A group holds at most ${GROUP_MEMBERS_MAX} people.`;
  return [...group.members.map((m) => m.email!), email];
}

const samePermissions = (a: readonly string[] | undefined, b: readonly string[]) => same(a ?? [], b);

/**
 * The verdict on one change. `createdId` is the role an earlier pass of the same change created (its
 * permissions may still be unset): found again, it is this change's, not someone else's.
 */
export function verdictOf(change: PlanChange, now: ITwinNow, createdId?: string): Verdict {
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
    case "addOwner": {
      if ((now.owners ?? []).some((o) => sameEmail(o.email, change.email))) return { verdict: "done", note: "Already an owner." };
      return { verdict: "send" };
    }
    case "addToGroup": {
      const group = now.groups.get(change.groupId);
      if (!group) return { verdict: "drifted", note: "The group no longer exists." };
      if (group.members.some((m) => (change.userId !== null && (m.userId ?? m.id) === change.userId) || sameEmail(m.email, change.email)))
        return { verdict: "done", note: "Already in the group." };
      const members = groupMembersWith(group, change.email);
      return typeof members === "string" ? { verdict: "failed", error: members } : { verdict: "send" };
    }
    case "addGroupMember": {
      const member = now.groupMembers?.get(change.groupId);
      const held = new Set((member?.roles ?? []).map((r) => r.id.toLowerCase()));
      if (member && change.roleIds.every((r) => held.has(r.toLowerCase())))
        return { verdict: "done", note: "The group already holds these roles." };
      return { verdict: "send" };
    }
    case "removeGroupMember": {
      const member = now.groupMembers?.get(change.groupId);
      if (!member) return { verdict: "done", note: "The group is not a member any more." };
      if (
        !same(
          member.roles.map((r) => r.id),
          change.roleIds,
        )
      )
        return {
          verdict: "drifted",
          note: `The group's roles changed since the plan was made (now: ${listed(member.roles.map((r) => r.displayName))}).`,
        };
      return { verdict: "send" };
    }
    case "changeGroupRoles": {
      const member = now.groupMembers?.get(change.groupId);
      const held = (member?.roles ?? []).map((r) => r.id);
      if (member && same(held, change.to)) return { verdict: "done", note: "The group already holds just these roles." };
      if (!member) return { verdict: "drifted", note: "The group is not a member any more." };
      if (!same(held, change.from))
        return {
          verdict: "drifted",
          note: `The group's roles changed since the plan was made (now: ${listed(member.roles.map((r) => r.displayName))}).`,
        };
      return { verdict: "send" };
    }
    case "createRole": {
      const roles = now.roles ?? [];
      const mine = createdId ? roles.find((r) => r.id === createdId) : undefined;
      if (mine)
        return samePermissions(mine.permissions, change.permissions)
          ? { verdict: "done", note: "Created.", createdId: mine.id }
          : { verdict: "send" };
      const named = roles.find((r) => r.displayName.trim().toLowerCase() === change.displayName.trim().toLowerCase());
      if (!named) return { verdict: "send" };
      if (samePermissions(named.permissions, change.permissions))
        return { verdict: "done", note: "A role of this name with these permissions exists.", createdId: named.id };
      return { verdict: "drifted", note: `A role named ${named.displayName} already exists, with other permissions.` };
    }
    case "updateRole": {
      const role = (now.roles ?? []).find((r) => r.id === change.roleId);
      if (!role) return { verdict: "drifted", note: "The role no longer exists." };
      if (samePermissions(role.permissions, change.to)) return { verdict: "done", note: "Already has these permissions." };
      if (!samePermissions(role.permissions, change.from))
        return { verdict: "drifted", note: `Its permissions changed since the plan was made (now: ${listed(role.permissions ?? [])}).` };
      return { verdict: "send" };
    }
    case "deleteRole": {
      const role = (now.roles ?? []).find((r) => r.id === change.roleId);
      if (!role) return { verdict: "done", note: "Already deleted." };
      if (!samePermissions(role.permissions, change.permissions))
        return { verdict: "drifted", note: `Its permissions changed since the plan was made (now: ${listed(role.permissions ?? [])}).` };
      return { verdict: "send" };
    }
    case "cancelInvitation": {
      const invitation = (now.invitations ?? []).find((i) => i.id === change.invitationId);
      if (!invitation) return { verdict: "done", note: "No longer pending." };
      return { verdict: "send" };
    }
    case "revokeShare": {
      if (!(now.shares ?? []).some((s) => s.id === change.shareId)) return { verdict: "done", note: "Already revoked." };
      return { verdict: "send" };
    }
  }
}
