// An organization-wide change as plain data: changes grouped by the iTwin they are sent to, each with
// what the index showed when it was made (so applying can tell whether the server changed meanwhile) and
// the roles it gives or takes (so a review can show the permissions at stake). Kept in IndexedDB, so it
// is validated on the way back in.
import { z } from "zod";
import { ImportDraft } from "./import-draft";

export const RoleEffect = z.object({ id: z.string(), displayName: z.string(), permissions: z.array(z.string()) });
export type RoleEffect = z.infer<typeof RoleEffect>;

const base = {
  /** Unique within the plan; progress is kept under it. */
  id: z.string(),
  /** False when the plan proposes it but the administrator has not chosen it (e.g. an only owner kept). */
  selected: z.boolean(),
  /** Why the change needs a second look before it is chosen: an only owner, a deleted role that members hold. */
  warning: z.enum(["onlyOwner", "holdersLoseAccess"]).optional(),
  /** The roles it takes away or gives, with their permissions, as the index had them. */
  roles: z.array(RoleEffect),
};

const person = {
  userId: z.string(),
  /** Null for a user deleted from IMS: such a member can only be removed by id, one call each. */
  email: z.string().nullable(),
};

const groupRef = { groupId: z.string(), groupName: z.string() };
const roleText = { displayName: z.string(), description: z.string() };

export const PlanChange = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("removeUserMember"), ...person, roleIds: z.array(z.string()) }),
  z.object({ ...base, kind: z.literal("changeUserRoles"), ...person, from: z.array(z.string()), to: z.array(z.string()).min(1) }),
  z.object({
    ...base,
    kind: z.literal("addUserMember"),
    email: z.string(),
    roleIds: z.array(z.string()).min(1),
    /** Not in the organization as the index knows it: the API invites them (one request per iTwin), no job. */
    invite: z.boolean().optional(),
  }),
  z.object({ ...base, kind: z.literal("removeOwner"), ...person }),
  z.object({ ...base, kind: z.literal("removeFromGroup"), ...person, groupId: z.string(), groupName: z.string() }),
  z.object({ ...base, kind: z.literal("addOwner"), email: z.string() }),
  /** Into a group of the iTwin or of the Account iTwin (by e-mail: a group's member list is written by e-mail). */
  z.object({ ...base, kind: z.literal("addToGroup"), email: z.string(), userId: z.string().nullable(), ...groupRef }),
  /** A group given roles on the iTwin (a group member). */
  z.object({ ...base, kind: z.literal("addGroupMember"), ...groupRef, roleIds: z.array(z.string()).min(1) }),
  z.object({ ...base, kind: z.literal("removeGroupMember"), ...groupRef, roleIds: z.array(z.string()) }),
  /** A group member's roles on the iTwin from `from` to `to` (some taken away, the rest kept): the whole set is written. */
  z.object({ ...base, kind: z.literal("changeGroupRoles"), ...groupRef, from: z.array(z.string()), to: z.array(z.string()).min(1) }),
  z.object({ ...base, kind: z.literal("createRole"), ...roleText, permissions: z.array(z.string()) }),
  /** The role's permissions before (`from`) and after (`to`): the whole set is written. */
  z.object({
    ...base,
    kind: z.literal("updateRole"),
    roleId: z.string(),
    displayName: z.string(),
    from: z.array(z.string()),
    to: z.array(z.string()),
  }),
  /** What the role was, so that it can be created again. */
  z.object({ ...base, kind: z.literal("deleteRole"), roleId: z.string(), ...roleText, permissions: z.array(z.string()) }),
  z.object({ ...base, kind: z.literal("cancelInvitation"), invitationId: z.string(), email: z.string() }),
  z.object({ ...base, kind: z.literal("revokeShare"), shareId: z.string() }),
]);
export type PlanChange = z.infer<typeof PlanChange>;
export type PlanChangeKind = PlanChange["kind"];

export const ITwinChanges = z.object({
  iTwinId: z.string(),
  iTwinName: z.string(),
  /** The Account iTwin: its groups reach every iTwin of the organization. */
  account: z.boolean().optional(),
  changes: z.array(PlanChange),
});
export type ITwinChanges = z.infer<typeof ITwinChanges>;

export const Plan = z.object({
  version: z.literal(1),
  id: z.string(),
  kind: z.enum(["offboard", "sameAccess", "copyMembers", "import", "roleTemplate", "inverse", "review"]),
  title: z.string(),
  createdAt: z.number(),
  /** Whom the plan is about, when it is about one person. */
  person: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }).optional(),
  itwins: z.array(ITwinChanges),
  /** iTwins the index lacked when the plan was made: the plan cannot speak for them. */
  lacking: z.array(z.object({ id: z.string(), name: z.string() })),
  /** What the maker left out and why, or what happens beyond the changes (an invitation): shown with the review. */
  notes: z.array(z.string()).optional(),
  /** For an inverse plan: the plan it takes back. */
  undoes: z.object({ id: z.string(), title: z.string() }).optional(),
  /** What the plan cannot do, each with why (for an inverse plan: the applied changes it cannot take back). */
  cannot: z.array(z.object({ iTwinName: z.string(), description: z.string(), reason: z.string() })).optional(),
  /** For a plan made from spreadsheet rows: the rows as given, and what became of each. */
  source: ImportDraft.optional(),
});
export type Plan = z.infer<typeof Plan>;

export function allChanges(plan: Plan): { itwin: ITwinChanges; change: PlanChange }[] {
  return plan.itwins.flatMap((itwin) => itwin.changes.map((change) => ({ itwin, change })));
}

/** The plan with one change chosen or left out; the other iTwins' parts are the same objects (a review redraws only that one). */
export function selectChange(plan: Plan, changeId: string, selected: boolean): Plan {
  return {
    ...plan,
    itwins: plan.itwins.map((t) =>
      t.changes.some((c) => c.id === changeId) ? { ...t, changes: t.changes.map((c) => (c.id === changeId ? { ...c, selected } : c)) } : t,
    ),
  };
}

/** A plan read back from storage, or null when it no longer has the expected shape. */
export function parsePlan(value: unknown): Plan | null {
  const parsed = Plan.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const VERBS: Record<PlanChangeKind, string> = {
  removeUserMember: "Remove member",
  changeUserRoles: "Change roles",
  addUserMember: "Add member",
  removeOwner: "Remove owner",
  removeFromGroup: "Remove from group",
  addOwner: "Add owner",
  addToGroup: "Add to group",
  addGroupMember: "Add group as member",
  removeGroupMember: "Remove group as member",
  changeGroupRoles: "Change roles of group",
  createRole: "Create role",
  updateRole: "Change permissions of role",
  deleteRole: "Delete role",
  cancelInvitation: "Cancel invitation of",
  revokeShare: "Revoke share link",
};

/** "Remove from group Bridge team 1", "Remove member", … — what the change does, for review and results. */
export function describeChange(change: PlanChange): string {
  const verb = VERBS[change.kind];
  switch (change.kind) {
    case "addUserMember":
      return change.invite ? "Invite (not in the organization)" : verb;
    case "changeUserRoles":
      return change.from.every((r) => change.to.includes(r)) ? "Add roles" : verb;
    case "removeFromGroup":
    case "addToGroup":
    case "addGroupMember":
    case "removeGroupMember":
    case "changeGroupRoles":
      return `${verb} ${change.groupName}`;
    case "createRole":
    case "updateRole":
    case "deleteRole":
      return `${verb} ${change.displayName}`;
    case "cancelInvitation":
      return `${verb} ${change.email}`;
    case "revokeShare":
      return `${verb} ${change.shareId}`;
    default:
      return verb;
  }
}

/** Gives access rather than taking it away: the review words its columns accordingly. */
export function grantsAccess(change: PlanChange): boolean {
  return ["addUserMember", "addOwner", "addToGroup", "addGroupMember", "createRole"].includes(change.kind);
}

const sorted = (permissions: readonly string[]) => [...new Set(permissions)].sort();

/**
 * The permissions the change takes away (or gives), at most once each; an ownership is every permission.
 * A role's own change puts its permissions at stake (for an update, those added or taken away).
 */
export function permissionsAtStake(change: PlanChange): string[] | "all" {
  switch (change.kind) {
    case "removeOwner":
    case "addOwner":
      return "all";
    case "createRole":
    case "deleteRole":
      return sorted(change.permissions);
    case "updateRole": {
      const from = new Set(change.from);
      const to = new Set(change.to);
      return sorted([...change.from.filter((p) => !to.has(p)), ...change.to.filter((p) => !from.has(p))]);
    }
    case "revokeShare":
      return [];
    default:
      return sorted(change.roles.flatMap((r) => r.permissions));
  }
}
