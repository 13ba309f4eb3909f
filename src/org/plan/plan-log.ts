// What the console's change log shows for one change a plan applied: what it did, on which iTwin, and
// how to take it back as a single edit (the same undo the member, group and role screens record). Built
// only from what the server confirmed: the change's progress entry and the state read just before it.
import { jobOperations } from "../../api/operations/accesscontrol-jobs";
import { groupOperations } from "../../api/operations/accesscontrol-groups";
import { memberOperations } from "../../api/operations/accesscontrol-members";
import { roleOperations } from "../../api/operations/accesscontrol-roles";
import type { ChangeInverse } from "../../lib/change-log";
import { undoRequest } from "../../lib/undo-request";
import type { ITwinNow } from "./check";
import { describeChange, type ITwinChanges, type PlanChange } from "./plan";
import type { ChangeProgress } from "./progress";

export interface PlanLogEntry {
  summary: string;
  target: string;
  inverse?: ChangeInverse;
}

/** Whom a change is about, when its description does not already say. */
function whoOf(change: PlanChange): string | null {
  if (change.kind === "cancelInvitation") return null;
  if ("email" in change && change.email) return change.email;
  return "userId" in change ? change.userId : null;
}

function inverseOf(iTwinId: string, change: PlanChange, entry: ChangeProgress, before: ITwinNow): ChangeInverse | undefined {
  const groupList = (groupId: string) => {
    const group = before.groups.get(groupId);
    const emails = group?.members.map((m) => m.email);
    return emails?.every((e): e is string => typeof e === "string") ? emails : undefined;
  };
  switch (change.kind) {
    case "removeUserMember":
      if (!change.email) return undefined;
      return {
        summary: `add ${change.email} again with the roles removed`,
        requests: [
          undoRequest(memberOperations.addUserMembers, { iTwinId }, { members: [{ email: change.email, roleIds: change.roleIds }] }),
        ],
      };
    case "changeUserRoles":
      return {
        summary: "give back the roles held before",
        requests: [undoRequest(memberOperations.updateUserMemberRoles, { iTwinId, memberId: change.userId }, { roleIds: change.from })],
      };
    case "addUserMember":
      // Invited: the invitation is cancelled. Added at once (someone of the organization after all): as below.
      if (change.invite && entry.createdId)
        return {
          summary: `cancel the invitation of ${change.email}`,
          requests: [undoRequest(memberOperations.cancelInvitation, { iTwinId, invitationId: entry.createdId })],
        };
      return {
        summary: `take back the roles given to ${change.email}`,
        requests: [
          undoRequest(
            jobOperations.createJob,
            { iTwinId },
            { actions: { unassignRoles: [{ email: change.email, roleIds: change.roleIds }] } },
          ),
        ],
      };
    case "removeOwner":
      if (!change.email) return undefined;
      return {
        summary: `make ${change.email} an owner again`,
        requests: [undoRequest(memberOperations.addOwner, { iTwinId }, { email: change.email })],
      };
    case "addOwner":
      if (!entry.createdId) return undefined;
      return {
        summary: `remove ${change.email} as owner`,
        requests: [undoRequest(memberOperations.removeOwner, { iTwinId, memberId: entry.createdId })],
      };
    case "removeFromGroup":
    case "addToGroup": {
      const members = groupList(change.groupId);
      if (!members) return undefined;
      return {
        summary: `write back the ${members.length} people ${change.groupName} had`,
        requests: [undoRequest(groupOperations.updateGroup, { iTwinId, groupId: change.groupId }, { members })],
      };
    }
    case "addGroupMember": {
      const held = before.groupMembers?.get(change.groupId);
      if (held)
        return {
          summary: `give ${change.groupName} back only the roles it held`,
          requests: [
            undoRequest(
              memberOperations.updateGroupMemberRoles,
              { iTwinId, groupId: change.groupId },
              { roleIds: held.roles.map((r) => r.id) },
            ),
          ],
        };
      return {
        summary: `remove ${change.groupName} as a member`,
        requests: [undoRequest(memberOperations.removeGroupMember, { iTwinId, groupId: change.groupId })],
      };
    }
    case "removeGroupMember":
      return {
        summary: `add ${change.groupName} again with the roles removed`,
        requests: [
          undoRequest(memberOperations.addGroupMembers, { iTwinId }, { members: [{ groupId: change.groupId, roleIds: change.roleIds }] }),
        ],
      };
    case "changeGroupRoles":
      return {
        summary: `give ${change.groupName} back the roles it held before`,
        requests: [undoRequest(memberOperations.updateGroupMemberRoles, { iTwinId, groupId: change.groupId }, { roleIds: change.from })],
      };
    case "createRole":
      if (!entry.createdId) return undefined;
      return {
        summary: `delete the role ${change.displayName}`,
        requests: [undoRequest(roleOperations.deleteRole, { iTwinId, roleId: entry.createdId })],
      };
    case "updateRole":
      return {
        summary: `restore the permissions of ${change.displayName}`,
        requests: [undoRequest(roleOperations.updateRole, { iTwinId, roleId: change.roleId }, { permissions: change.from })],
      };
    case "deleteRole":
      return {
        summary: `re-create ${change.displayName} with its permissions — it gets a new id, and those who held it must be given it again`,
        requests: [
          undoRequest(roleOperations.createRole, { iTwinId }, { displayName: change.displayName, description: change.description }),
          // The new id is only in the create's answer (see undo-request.ts).
          ...(change.permissions.length
            ? [undoRequest(roleOperations.updateRole, { iTwinId, roleId: "{answer0.role.id}" }, { permissions: change.permissions })]
            : []),
        ],
      };
    case "cancelInvitation":
    case "revokeShare":
      return undefined;
  }
}

export function planLogEntry(itwin: ITwinChanges, change: PlanChange, entry: ChangeProgress, before: ITwinNow): PlanLogEntry {
  const who = whoOf(change);
  const inverse = inverseOf(itwin.iTwinId, change, entry, before);
  return {
    summary: `Plan: ${describeChange(change)}${who ? ` (${who})` : ""}`,
    target: `iTwin ${itwin.iTwinName}`,
    ...(inverse && { inverse }),
  };
}
