// The matrix's editing state: pending cell edits, the base they apply to, and the last save's results.
// The base is frozen at the first edit ("editors keep the base they were opened from"): a background
// refetch does not move it, so a role changed elsewhere is caught by the check before saving instead
// of being silently merged.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Role } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { getRole } from "../api/get-role";
import { updateRole, updateRoleRequest } from "../api/update-role";
import { deleteRoleRequest } from "../api/delete-role";
import { recreateRole } from "../../../api/queries/recreate-role";
import { invalidateAfter } from "../../../api/operation-queries";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { iTwinRoleKeys } from "../../../api/queries/itwin-roles";
import {
  diffPending,
  noPendingChanges,
  rebaseRole,
  toggleCell,
  withoutRoles,
  type PendingChanges,
  type RoleChange,
} from "../pending-changes";
import { saveRoleChanges, type RoleSaveResult } from "../save-role-changes";
import { recordChange } from "../../../lib/change-log";
import { plural } from "../../../lib/plural";

function describePermissionChange(change: RoleChange): string {
  const parts = [
    change.added.length > 0 ? `grant ${change.added.join(", ")}` : "",
    change.removed.length > 0 ? `revoke ${change.removed.join(", ")}` : "",
  ].filter(Boolean);
  return `Permissions: ${parts.join("; ")}`;
}

/** Sends one role's PATCH through the change log, with its undo: PATCH back to the permissions it had. */
function recordPermissionChange(
  ctx: { client: HttpClient; iTwinId: string; queryClient: QueryClient },
  change: RoleChange | undefined,
  run: () => Promise<Role>,
) {
  if (!change) return run();
  const { iTwinId } = ctx;
  return recordChange({
    summary: describePermissionChange(change),
    target: `Role ${change.displayName}`,
    run,
    inverse: {
      summary: `restore the ${plural(change.basePermissions.length, "permission")} it had before`,
      requests: [updateRoleRequest(iTwinId, change.roleId, { permissions: change.basePermissions })],
    },
  });
}

interface FrozenBase {
  byId: ReadonlyMap<string, Role>;
}

export function useMatrixEditor(iTwinId: string, serverRoles: readonly Role[]) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingChanges>(noPendingChanges);
  const [frozen, setFrozen] = useState<FrozenBase | null>(null);
  const [results, setResults] = useState<ReadonlyMap<string, RoleSaveResult>>(new Map());
  const [saving, setSaving] = useState(false);

  const baseRoles = useMemo<readonly Role[]>(() => {
    if (!frozen) return serverRoles;
    // Same roles as frozen: keep the list's identity so memoized rows do not re-render on the first edit.
    if (serverRoles.every((r) => frozen.byId.get(r.id) === r)) return serverRoles;
    // Roles created or deleted meanwhile show up / go away; roles known at the freeze keep their frozen base.
    return serverRoles.map((r) => frozen.byId.get(r.id) ?? r);
  }, [frozen, serverRoles]);

  const baseSets = useMemo(() => new Map(baseRoles.map((r) => [r.id, new Set(r.permissions ?? [])] as const)), [baseRoles]);
  const baseSetsRef = useRef(baseSets);
  baseSetsRef.current = baseSets;
  const frozenRef = useRef(frozen);
  frozenRef.current = frozen;
  const baseRolesRef = useRef(baseRoles);
  baseRolesRef.current = baseRoles;

  useEffect(() => {
    if (pending.size === 0 && frozen) setFrozen(null);
  }, [pending.size, frozen]);

  const toggle = useCallback((roleId: string, permission: string) => {
    const baseHas = baseSetsRef.current.get(roleId)?.has(permission) ?? false;
    setFrozen((f) => f ?? { byId: new Map(baseRolesRef.current.map((r) => [r.id, r])) });
    setPending((p) => toggleCell(p, roleId, permission, baseHas));
  }, []);

  const discard = useCallback(() => {
    setPending(noPendingChanges);
    setFrozen(null);
    setResults(new Map());
  }, []);

  const changes = useMemo(() => diffPending(pending, baseRoles), [pending, baseRoles]);

  const save = useCallback(
    async (toSave: readonly RoleChange[]) => {
      setSaving(true);
      try {
        const byId = new Map(toSave.map((c) => [c.roleId, c]));
        const outcome = await saveRoleChanges(toSave, {
          getRole: (roleId) => getRole(client, iTwinId, roleId),
          updatePermissions: (roleId, permissions) =>
            recordPermissionChange({ client, iTwinId, queryClient }, byId.get(roleId), () =>
              updateRole(client, iTwinId, roleId, { permissions }),
            ),
        });
        const saved = new Map(outcome.flatMap((r) => (r.status === "saved" ? [[r.roleId, r.role] as const] : [])));
        setResults(new Map(outcome.map((r) => [r.roleId, r])));
        setPending((p) => withoutRoles(p, saved.keys()));
        setFrozen((f) => (f ? { byId: new Map([...f.byId].map(([id, role]) => [id, saved.get(id) ?? role])) } : f));
        if (saved.size > 0) {
          queryClient.setQueryData<Role[]>(iTwinRoleKeys.list(iTwinId), (old) => old?.map((r) => saved.get(r.id) ?? r));
          for (const role of saved.values()) queryClient.setQueryData(iTwinRoleKeys.detail(iTwinId, role.id), role);
          void invalidateAfter(queryClient, roleOperations.updateRole, { iTwinId });
        }
        return outcome;
      } finally {
        setSaving(false);
      }
    },
    [client, iTwinId, queryClient],
  );

  /** Takes the server's current version of a conflicting role as the new base, keeping the user's edits. */
  const rebase = useCallback((serverRole: Role) => {
    setFrozen((f) => (f ? { byId: new Map(f.byId).set(serverRole.id, serverRole) } : f));
    setPending((p) => rebaseRole(p, serverRole.id, new Set(serverRole.permissions ?? [])));
    setResults((r) => {
      const next = new Map(r);
      next.delete(serverRole.id);
      return next;
    });
  }, []);

  /** Whether a role grants a permission with the pending edits applied. */
  const granted = useCallback(
    (roleId: string, permission: string) => pending.byRole.get(roleId)?.get(permission) ?? baseSets.get(roleId)?.has(permission) ?? false,
    [pending, baseSets],
  );

  /** Drops the pending edits of one role (one deleted on the server meanwhile). */
  const forget = useCallback((roleId: string) => {
    setPending((p) => withoutRoles(p, [roleId]));
    setResults((r) => {
      const next = new Map(r);
      next.delete(roleId);
      return next;
    });
  }, []);

  /**
   * A role deleted elsewhere while it had pending edits: creates it again (a new id) with its name,
   * description and the permissions the user wanted, through the change log (its undo deletes it).
   */
  const recreate = useCallback(
    async (change: RoleChange): Promise<Role> => {
      const description = frozenRef.current?.byId.get(change.roleId)?.description ?? "";
      const role = await recordChange({
        summary: `Re-created role “${change.displayName}” (deleted elsewhere) with ${plural(change.nextPermissions.length, "permission")}`,
        target: `Role ${change.displayName}`,
        run: () => recreateRole(client, iTwinId, { displayName: change.displayName, description, permissions: change.nextPermissions }),
        inverse: (created: Role) => ({
          summary: `delete the re-created role “${change.displayName}”`,
          requests: [deleteRoleRequest(iTwinId, created.id)],
        }),
      });
      forget(change.roleId);
      await invalidateAfter(queryClient, roleOperations.createRole, { iTwinId });
      return role;
    },
    [client, iTwinId, queryClient, forget],
  );

  return { pending, baseRoles, baseSets, changes, results, saving, toggle, discard, save, rebase, granted, forget, recreate };
}
