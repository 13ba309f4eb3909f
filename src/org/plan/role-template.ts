// "Bring in line": from a drift report, one plan that gives each chosen target the reference's roles —
// a missing role created with the reference's name, description and permissions, a differing one set to
// the reference's permissions. A role only the target has is listed but not chosen: deleting it takes its
// permissions from everyone holding it, so it goes only when the administrator ticks it in the review.
import type { RoleTemplate, TargetDrift } from "./role-drift";
import type { ITwinChanges, Plan, PlanChange } from "./plan";

/** What a role change gives and takes away, for the review: a created role gives, a deleted one takes. */
export function roleChangePermissions(change: PlanChange): { gives: string[]; takes: string[] } | null {
  const sorted = (list: readonly string[]) => [...new Set(list)].sort();
  switch (change.kind) {
    case "createRole":
      return { gives: sorted(change.permissions), takes: [] };
    case "deleteRole":
      return { gives: [], takes: sorted(change.permissions) };
    case "updateRole":
      return {
        gives: sorted(change.to.filter((p) => !change.from.includes(p))),
        takes: sorted(change.from.filter((p) => !change.to.includes(p))),
      };
    default:
      return null;
  }
}

/** The extra roles a plan would delete, each with whether members hold it: named before anything is sent. */
export function extraRoles(plan: Plan): { iTwinName: string; changeId: string; roleName: string; held: boolean; selected: boolean }[] {
  return plan.itwins.flatMap((t) =>
    t.changes.flatMap((c) =>
      c.kind === "deleteRole"
        ? [
            {
              iTwinName: t.iTwinName,
              changeId: c.id,
              roleName: c.displayName,
              held: c.warning === "holdersLoseAccess",
              selected: c.selected,
            },
          ]
        : [],
    ),
  );
}

export function roleTemplatePlan(
  template: RoleTemplate,
  targets: readonly TargetDrift[],
  options: { id: string; now?: number; lacking?: { id: string; name: string }[] },
): Plan {
  const itwins: ITwinChanges[] = targets.map((t) => ({
    iTwinId: t.iTwinId,
    iTwinName: t.iTwinName,
    changes: t.differences.map((d): PlanChange => {
      if (d.kind === "missing") {
        const ref = d.reference!;
        return {
          id: `${t.iTwinId}:createRole:${ref.id}`,
          kind: "createRole",
          selected: true,
          displayName: ref.displayName,
          description: ref.description ?? ref.displayName,
          permissions: [...ref.permissions],
          roles: [{ id: ref.id, displayName: ref.displayName, permissions: [...ref.permissions] }],
        };
      }
      const role = d.target!;
      if (d.kind === "permissions")
        return {
          id: `${t.iTwinId}:updateRole:${role.id}`,
          kind: "updateRole",
          selected: true,
          roleId: role.id,
          displayName: role.displayName,
          from: [...role.permissions],
          to: [...d.reference!.permissions],
          roles: [{ id: role.id, displayName: role.displayName, permissions: [...role.permissions] }],
        };
      return {
        id: `${t.iTwinId}:deleteRole:${role.id}`,
        kind: "deleteRole",
        selected: false,
        ...(d.holders > 0 && { warning: "holdersLoseAccess" as const }),
        roleId: role.id,
        displayName: role.displayName,
        description: role.description ?? "",
        permissions: [...role.permissions],
        roles: [{ id: role.id, displayName: role.displayName, permissions: [...role.permissions] }],
      };
    }),
  }));
  const count = targets.length;
  return {
    version: 1,
    id: options.id,
    kind: "roleTemplate",
    title: `Bring ${count === 1 ? targets[0]!.iTwinName : `${count} iTwins`} in line with the roles of ${template.name}`,
    createdAt: options.now ?? Date.now(),
    itwins,
    lacking: options.lacking ?? [],
  };
}
