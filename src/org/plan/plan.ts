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
  /** Why the change needs a second look before it is chosen. */
  warning: z.enum(["onlyOwner"]).optional(),
  /** The roles it takes away or gives, with their permissions, as the index had them. */
  roles: z.array(RoleEffect),
};

const person = {
  userId: z.string(),
  /** Null for a user deleted from IMS: such a member can only be removed by id, one call each. */
  email: z.string().nullable(),
};

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
  kind: z.enum(["offboard", "import"]),
  title: z.string(),
  createdAt: z.number(),
  /** Whom the plan is about, when it is about one person. */
  person: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }).optional(),
  itwins: z.array(ITwinChanges),
  /** iTwins the index lacked when the plan was made: the plan cannot speak for them. */
  lacking: z.array(z.object({ id: z.string(), name: z.string() })),
  /** For a plan made from spreadsheet rows: the rows as given, and what became of each. */
  source: ImportDraft.optional(),
});
export type Plan = z.infer<typeof Plan>;

export function allChanges(plan: Plan): { itwin: ITwinChanges; change: PlanChange }[] {
  return plan.itwins.flatMap((itwin) => itwin.changes.map((change) => ({ itwin, change })));
}

/** The plan with one change chosen or left out. */
export function selectChange(plan: Plan, changeId: string, selected: boolean): Plan {
  return {
    ...plan,
    itwins: plan.itwins.map((t) => ({ ...t, changes: t.changes.map((c) => (c.id === changeId ? { ...c, selected } : c)) })),
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
};

/** "Remove from group Bridge team 1", "Remove member", … — what the change does, for review and results. */
export function describeChange(change: PlanChange): string {
  if (change.kind === "removeFromGroup") return `${VERBS[change.kind]} ${change.groupName}`;
  if (change.kind === "addUserMember" && change.invite) return "Invite (not in the organization)";
  if (change.kind === "changeUserRoles" && change.from.every((r) => change.to.includes(r))) return "Add roles";
  return VERBS[change.kind];
}

/** The permissions the change takes away (or gives), at most once each; an ownership is every permission. */
export function permissionsAtStake(change: PlanChange): string[] | "all" {
  if (change.kind === "removeOwner") return "all";
  return [...new Set(change.roles.flatMap((r) => r.permissions))].sort();
}
