// Carries a plan of pending edits to the server: DELETE, then PATCH, then POST. Each answer
// is the package's whole assignment list, written to the cache at once — so if a later request fails,
// the screen shows exactly what the server saved and the remaining edits stay pending.
// Each request goes through the change log with its undo (the inverse plan: the roles' sets as before).
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Assignment, PackageRole, Role } from "../../../api/wire";
import { useApiClient } from "../../../api/client-context";
import { iTwinRoleKeys } from "../../../api/queries/itwin-roles";
import { recordChange } from "../../../lib/change-log";
import { undoRequest, type UndoRequest } from "../../../lib/undo-request";
import { idKey, planAssignmentChanges, type AssignmentPlan, type RoleChange } from "../assignment-diff";
import { addAssignments } from "./add-assignments";
import { invalidateAfter } from "../../../api/operation-queries";
import { packageKeys } from "./package-keys";
import { edfsOperations } from "../../../api/operations/edfs";
import { patchAssignments } from "./patch-assignments";
import { removeAssignments } from "./remove-assignments";

/** A plan's requests in order (DELETE, PATCH, POST), as the change log keeps an undo. */
function planRequests(iTwinId: string, uniqueName: string, plan: AssignmentPlan): UndoRequest[] {
  const params = { iTwinId, uniqueName };
  return [
    ...(plan.remove ? [undoRequest(edfsOperations.removePackageRoleAssignments, params, plan.remove)] : []),
    ...(plan.patch ? [undoRequest(edfsOperations.replacePackageRoleAssignments, params, plan.patch)] : []),
    ...(plan.post ? [undoRequest(edfsOperations.addPackageRoleAssignments, params, plan.post)] : []),
  ];
}

/** The plan that gives the changed iTwin roles back the package-role sets they had before. */
export function inversePlan(changes: readonly RoleChange[]): AssignmentPlan {
  const after = new Map(changes.map((c) => [c.iTwinRoleId, new Set(c.after)]));
  const before = new Map(changes.map((c) => [c.iTwinRoleId, new Set(c.before)]));
  return planAssignmentChanges(after, before);
}

/** Role and package-role names from the cache (the editor has loaded them), ids when not known. */
function namer(queryClient: QueryClient, iTwinId: string) {
  const roles = new Map((queryClient.getQueryData<Role[]>(iTwinRoleKeys.list(iTwinId)) ?? []).map((r) => [idKey(r.id), r.displayName]));
  const packageRoles = new Map(
    (queryClient.getQueryData<PackageRole[]>(packageKeys.packageRoles()) ?? []).map((p) => [idKey(p.roleId), p.name]),
  );
  return {
    role: (id: string) => roles.get(idKey(id)) ?? id,
    packageRoles: (ids: readonly string[]) => (ids.length === 0 ? "none" : ids.map((id) => packageRoles.get(idKey(id)) ?? id).join(", ")),
  };
}

function describe(kind: RoleChange["kind"], changes: readonly RoleChange[], names: ReturnType<typeof namer>): string {
  const each = changes.map((c) =>
    kind === "remove"
      ? names.role(c.iTwinRoleId)
      : kind === "add"
        ? `${names.role(c.iTwinRoleId)} ← ${names.packageRoles(c.added)}`
        : `${names.role(c.iTwinRoleId)} = ${names.packageRoles(c.after)}`,
  );
  if (kind === "remove") return `Remove every package role from ${each.join(", ")}`;
  if (kind === "add") return `Give package roles: ${each.join("; ")}`;
  return `Replace package roles: ${each.join("; ")}`;
}

export function useSaveAssignments(iTwinId: string, uniqueName: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const key = packageKeys.assignments(iTwinId, uniqueName);
  const saved = (assignments: Assignment[]) => queryClient.setQueryData(key, assignments);

  /** One request of the plan, logged with its own undo. */
  const logged = (kind: RoleChange["kind"], plan: AssignmentPlan, run: () => Promise<unknown>) => {
    const changes = plan.changes.filter((c) => c.kind === kind);
    const names = namer(queryClient, iTwinId);
    const inverse = inversePlan(changes);
    return recordChange({
      summary: describe(kind, changes, names),
      target: `Package ${uniqueName}`,
      run,
      inverse: {
        summary: `give ${changes.map((c) => names.role(c.iTwinRoleId)).join(", ")} back the package roles they had before`,
        requests: planRequests(iTwinId, uniqueName, inverse),
      },
    });
  };

  return useMutation({
    mutationFn: async (plan: AssignmentPlan) => {
      const { remove, patch, post } = plan;
      if (remove)
        await logged("remove", plan, async () => saved((await removeAssignments(client, iTwinId, uniqueName, remove)).assignments));
      if (patch) await logged("replace", plan, async () => saved((await patchAssignments(client, iTwinId, uniqueName, patch)).assignments));
      if (post) await logged("add", plan, async () => saved((await addAssignments(client, iTwinId, uniqueName, post)).assignments));
    },
    onSettled: () => invalidateAfter(queryClient, edfsOperations.replacePackageRoleAssignments, { iTwinId, uniqueName }),
  });
}
