// "Undo this plan": the plan that takes back what a plan applied — only the changes the server confirmed
// this plan's own requests did (not those already so, held back or failed). It is reviewed and applied
// like any plan, so each of its changes is again checked against the server first: whatever changed
// since shows as drift instead of being overwritten. What cannot be taken back is listed with why.
import type { ITwinChanges, Plan, PlanChange } from "./plan";
import { allChanges, describeChange } from "./plan";
import type { ChangeProgress, PlanProgress } from "./progress";

type Inverse = { change: PlanChange } | { reason: string };

const NO_EMAIL = "A missing user (deleted from IMS) has no e-mail address: they cannot be added again.";

function inverseOf(change: PlanChange, entry: ChangeProgress): Inverse {
  const base = { id: `undo:${change.id}`, selected: true, roles: change.roles };
  switch (change.kind) {
    case "removeUserMember":
      if (!change.email) return { reason: NO_EMAIL };
      if (change.roleIds.length === 0) return { reason: "They held no roles here: there is nothing to give back." };
      return { change: { ...base, kind: "addUserMember", email: change.email, roleIds: change.roleIds } };
    case "changeUserRoles":
      if (change.from.length === 0) return { reason: "They held no roles before: remove them instead." };
      return { change: { ...base, kind: "changeUserRoles", userId: change.userId, email: change.email, from: change.to, to: change.from } };
    case "addUserMember": {
      const member = entry.memberBefore;
      if (!member) return { change: { ...base, kind: "removeUserMember", userId: "", email: change.email, roleIds: change.roleIds } };
      // A member before: they keep their membership and the roles they held; only the added ones go.
      if (member.roleIds.length === 0)
        return { reason: "They were a member with no roles before: remove the added roles under the iTwin's members." };
      const held = new Set(member.roleIds.map((r) => r.toLowerCase()));
      const after = [...member.roleIds, ...change.roleIds.filter((r) => !held.has(r.toLowerCase()))];
      return {
        change: { ...base, kind: "changeUserRoles", userId: member.userId, email: change.email, from: after, to: member.roleIds },
      };
    }
    case "removeOwner":
      if (!change.email) return { reason: NO_EMAIL };
      return { change: { ...base, kind: "addOwner", email: change.email } };
    case "addOwner":
      if (!entry.createdId) return { reason: "They were invited, not added: cancel the invitation under the iTwin's members." };
      return { change: { ...base, kind: "removeOwner", userId: entry.createdId, email: change.email } };
    case "removeFromGroup":
      if (!change.email) return { reason: NO_EMAIL };
      return {
        change: {
          ...base,
          kind: "addToGroup",
          email: change.email,
          userId: change.userId,
          groupId: change.groupId,
          groupName: change.groupName,
        },
      };
    case "addToGroup":
      return {
        change: {
          ...base,
          kind: "removeFromGroup",
          userId: change.userId ?? "",
          email: change.email,
          groupId: change.groupId,
          groupName: change.groupName,
        },
      };
    case "addGroupMember":
      return {
        change: { ...base, kind: "removeGroupMember", groupId: change.groupId, groupName: change.groupName, roleIds: change.roleIds },
      };
    case "removeGroupMember":
      if (change.roleIds.length === 0) return { reason: "The group held no roles here: there is nothing to give back." };
      return { change: { ...base, kind: "addGroupMember", groupId: change.groupId, groupName: change.groupName, roleIds: change.roleIds } };
    case "changeGroupRoles":
      if (change.from.length === 0) return { reason: "The group held no roles before: remove it as a member instead." };
      return {
        change: {
          ...base,
          kind: "changeGroupRoles",
          groupId: change.groupId,
          groupName: change.groupName,
          from: change.to,
          to: change.from,
        },
      };
    case "createRole":
      if (!entry.createdId) return { reason: "The server's answer with the new role's id was lost: delete it under Roles." };
      return {
        change: {
          ...base,
          kind: "deleteRole",
          roleId: entry.createdId,
          displayName: change.displayName,
          description: change.description,
          permissions: change.permissions,
        },
      };
    case "updateRole":
      return {
        change: { ...base, kind: "updateRole", roleId: change.roleId, displayName: change.displayName, from: change.to, to: change.from },
      };
    case "deleteRole":
      return {
        change: {
          ...base,
          kind: "createRole",
          displayName: change.displayName,
          description: change.description,
          permissions: change.permissions,
        },
      };
    case "cancelInvitation":
      return { reason: "A cancelled invitation cannot be restored: invite the person again." };
    case "revokeShare":
      return { reason: "A revoked share link stops working for good: create a new one (it gets a new key)." };
  }
}

/** Applied by this plan's own request, as the server confirmed. */
export const wasApplied = (progress: PlanProgress, changeId: string) => {
  const entry = progress.changes[changeId];
  return entry?.state === "succeeded" && entry.applied === true;
};

/** Whether the plan has anything to take back. */
export const canUndo = (plan: Plan, progress: PlanProgress | null) =>
  progress !== null && allChanges(plan).some(({ change }) => wasApplied(progress, change.id));

export function inversePlan(plan: Plan, progress: PlanProgress, options: { id: string; now?: number }): Plan {
  const itwins: ITwinChanges[] = [];
  const cannot: NonNullable<Plan["cannot"]> = [];
  for (const itwin of plan.itwins) {
    const changes: PlanChange[] = [];
    for (const change of itwin.changes) {
      if (!wasApplied(progress, change.id)) continue;
      const inverse = inverseOf(change, progress.changes[change.id]!);
      if ("change" in inverse) changes.push(inverse.change);
      else cannot.push({ iTwinName: itwin.iTwinName, description: describeChange(change), reason: inverse.reason });
    }
    // Taken back in the opposite order: a role is created again before anything that names it.
    if (changes.length) itwins.push({ ...itwin, changes: changes.reverse() });
  }
  return {
    version: 1,
    id: options.id,
    kind: "inverse",
    title: `Undo: ${plan.title}`,
    createdAt: options.now ?? Date.now(),
    ...(plan.person && { person: plan.person }),
    itwins: itwins.reverse(),
    lacking: [],
    undoes: { id: plan.id, title: plan.title },
    cannot,
  };
}
