// The single calls of a plan's changes (everything an Access Control job cannot carry), each through the
// catalogue. An answer meaning "already so" (an owner already there, a role or link already gone) is a
// success the plan did not cause, so it is neither logged nor undone.
import { isApiError } from "../../api/api-error";
import type { HttpClient } from "../../api/operation-request";
import { groupOperations } from "../../api/operations/accesscontrol-groups";
import { memberOperations } from "../../api/operations/accesscontrol-members";
import { roleOperations } from "../../api/operations/accesscontrol-roles";
import { shareOperations } from "../../api/operations/accesscontrol-shares";
import { groupMembersWith, groupMembersWithout, type ITwinNow } from "./check";
import type { PlanChange } from "./plan";
import type { ChangeProgress } from "./progress";

export interface SendOutcome {
  /** False when the server said it was already so. */
  applied: boolean;
  extra: Pick<ChangeProgress, "note" | "createdId">;
}

export interface SendOptions {
  signal?: AbortSignal;
  /** The role an earlier pass created: only its permissions are left to set. */
  createdId?: string;
  /** Awaited as soon as the server gave a created role its id. */
  onCreated?: (id: string) => Promise<void>;
}

const sent: SendOutcome = { applied: true, extra: {} };
const alreadySo = (note: string): SendOutcome => ({ applied: false, extra: { note } });

/** 404 on a removal: someone else removed it first. */
async function unlessGone(send: () => Promise<unknown>, note: string): Promise<SendOutcome> {
  try {
    await send();
    return sent;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return alreadySo(note);
    throw error;
  }
}

export async function sendOne(
  client: HttpClient,
  iTwinId: string,
  change: PlanChange,
  current: ITwinNow,
  options: SendOptions = {},
): Promise<SendOutcome> {
  const opts = options.signal ? { signal: options.signal } : {};
  switch (change.kind) {
    case "removeOwner":
      await client.request(memberOperations.removeOwner, { iTwinId, memberId: change.userId }, opts);
      return sent;
    case "removeUserMember":
      await client.request(memberOperations.removeUserMember, { iTwinId, memberId: change.userId }, opts);
      return sent;
    case "changeUserRoles":
      await client.request(
        memberOperations.updateUserMemberRoles,
        { iTwinId, memberId: change.userId },
        { ...opts, body: { roleIds: change.to } },
      );
      return sent;
    case "removeFromGroup": {
      const members = groupMembersWithout(current.groups.get(change.groupId)!, change.userId, change.email);
      if (typeof members === "string") throw new Error(members);
      await client.request(groupOperations.updateGroup, { iTwinId, groupId: change.groupId }, { ...opts, body: { members } });
      return sent;
    }
    case "addToGroup": {
      const members = groupMembersWith(current.groups.get(change.groupId)!, change.email);
      if (typeof members === "string") throw new Error(members);
      await client.request(groupOperations.updateGroup, { iTwinId, groupId: change.groupId }, { ...opts, body: { members } });
      return sent;
    }
    case "addOwner":
      try {
        const answer = await client.request(memberOperations.addOwner, { iTwinId }, { ...opts, body: { email: change.email } });
        if (answer.member) return { applied: true, extra: { createdId: answer.member.id } };
        return { applied: true, extra: { note: "Invited: an owner once they accept." } };
      } catch (error) {
        if (isApiError(error) && error.status === 409) return alreadySo("Already an owner.");
        throw error;
      }
    case "addGroupMember": {
      const held = current.groupMembers?.get(change.groupId);
      if (held) {
        // Already a group member with other roles: the asked-for roles are added, none taken away.
        const roleIds = [...new Set([...held.roles.map((r) => r.id), ...change.roleIds])];
        await client.request(memberOperations.updateGroupMemberRoles, { iTwinId, groupId: change.groupId }, { ...opts, body: { roleIds } });
      } else
        await client.request(
          memberOperations.addGroupMembers,
          { iTwinId },
          { ...opts, body: { members: [{ groupId: change.groupId, roleIds: change.roleIds }] } },
        );
      return sent;
    }
    case "changeGroupRoles":
      await client.request(
        memberOperations.updateGroupMemberRoles,
        { iTwinId, groupId: change.groupId },
        { ...opts, body: { roleIds: change.to } },
      );
      return sent;
    case "removeGroupMember":
      return unlessGone(
        () => client.request(memberOperations.removeGroupMember, { iTwinId, groupId: change.groupId }, opts),
        "The group is not a member any more.",
      );
    case "createRole": {
      // Permissions are set by an update after the create (the create answers without them).
      let roleId = options.createdId;
      if (!roleId) {
        const body = { displayName: change.displayName, description: change.description };
        roleId = (await client.request(roleOperations.createRole, { iTwinId }, { ...opts, body })).role.id;
        await options.onCreated?.(roleId);
      }
      if (change.permissions.length > 0)
        await client.request(roleOperations.updateRole, { iTwinId, roleId }, { ...opts, body: { permissions: change.permissions } });
      return { applied: true, extra: { createdId: roleId } };
    }
    case "updateRole":
      await client.request(roleOperations.updateRole, { iTwinId, roleId: change.roleId }, { ...opts, body: { permissions: change.to } });
      return sent;
    case "deleteRole":
      return unlessGone(() => client.request(roleOperations.deleteRole, { iTwinId, roleId: change.roleId }, opts), "Already deleted.");
    case "cancelInvitation":
      return unlessGone(
        () => client.request(memberOperations.cancelInvitation, { iTwinId, invitationId: change.invitationId }, opts),
        "No longer pending.",
      );
    case "revokeShare":
      return unlessGone(() => client.request(shareOperations.revokeShare, { iTwinId, shareId: change.shareId }, opts), "Already revoked.");
    case "addUserMember":
      throw new Error("This change is sent as an Access Control job.");
  }
}
