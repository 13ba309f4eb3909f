// Saving the matrix: first re-read every changed role and compare it with the base the matrix was
// loaded from — a role that changed on the server meanwhile is reported, never overwritten — then send
// one PATCH per remaining role with its full permission list. Every role gets its own result; a role
// deleted on the server meanwhile (404 on the re-read or the PATCH) is "gone", with the changes that
// could not be applied, so the screen can offer to re-create it with them.
import type { Role } from "../../api/wire";
import { isApiError } from "../../api/api-error";
import { runPaced } from "../../lib/run-paced";
import type { RoleChange } from "./pending-changes";

export type RoleSaveResult =
  | { roleId: string; status: "saved"; role: Role }
  | { roleId: string; status: "failed"; error: unknown }
  | { roleId: string; status: "conflict"; serverRole: Role; addedOnServer: string[]; removedOnServer: string[] }
  | { roleId: string; status: "gone"; change: RoleChange };

// The role itself is gone: 404 RoleNotFound. A 404 naming something else (PermissionNotFound) is a failure.
const isRoleGone = (error: unknown) => isApiError(error) && error.status === 404 && error.code === "RoleNotFound";

export interface SaveDeps {
  getRole: (roleId: string) => Promise<Role>;
  updatePermissions: (roleId: string, permissions: string[]) => Promise<Role>;
}

export function serverDrift(
  basePermissions: readonly string[],
  server: readonly string[],
): { addedOnServer: string[]; removedOnServer: string[] } {
  const base = new Set(basePermissions);
  const now = new Set(server);
  return {
    addedOnServer: [...now].filter((p) => !base.has(p)).sort(),
    removedOnServer: [...base].filter((p) => !now.has(p)).sort(),
  };
}

/**
 * A few requests at a time: many changed roles must not flood the server (it answers 429 otherwise).
 * A request that fails becomes that role's "failed" result.
 */
async function paced<T extends { roleId: string }, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
  changeOf: (item: T) => RoleChange | undefined,
) {
  const settled = await runPaced(items, fn, { concurrency });
  return settled.map((r, i): R | RoleSaveResult => {
    if (r.ok) return r.value;
    const item = items[i]!;
    const change = changeOf(item);
    if (change && isRoleGone(r.error)) return { roleId: item.roleId, status: "gone", change };
    return { roleId: item.roleId, status: "failed", error: r.error };
  });
}

export async function saveRoleChanges(changes: readonly RoleChange[], deps: SaveDeps, concurrency = 4): Promise<RoleSaveResult[]> {
  const checked = await paced(
    changes,
    concurrency,
    async (change): Promise<RoleSaveResult | RoleChange> => {
      const serverRole = await deps.getRole(change.roleId);
      const drift = serverDrift(change.basePermissions, serverRole.permissions ?? []);
      if (drift.addedOnServer.length > 0 || drift.removedOnServer.length > 0)
        return { roleId: change.roleId, status: "conflict", serverRole, ...drift };
      return change;
    },
    (change) => change,
  );
  return paced(
    checked,
    concurrency,
    async (item): Promise<RoleSaveResult> => {
      if ("status" in item) return item;
      const role = await deps.updatePermissions(item.roleId, item.nextPermissions);
      return { roleId: item.roleId, status: "saved", role };
    },
    (item) => ("status" in item ? undefined : item),
  );
}
