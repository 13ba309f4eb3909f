// The assignment editor's state: the server's assignments (base) apart from the user's edits
// (overrides), which roles were chosen, the last save's outcome, and the view filters. Edits stay
// until the server confirms them; a failed save keeps every edit and choice.
import { useMemo, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "../../../api/client-context";
import { useMyPermissions } from "../../../api/queries/my-permissions";
import { useServerFieldErrors } from "../../../components/server-field-errors";
import type { Role } from "../../../api/wire";
import { iTwinRoleKeys, iTwinRolesQuery } from "../../../api/queries/itwin-roles";
import { recreateRole } from "../../../api/queries/recreate-role";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { recordChange } from "../../../lib/change-log";
import { plural } from "../../../lib/plural";
import { undoRequest } from "../../../lib/undo-request";
import { deletedRoleEdits, type DeletedRoleEdit } from "../deleted-roles";
import { assignmentsQuery, useAssignments } from "../api/get-assignments";
import { useITwinRoles } from "../api/get-itwin-roles";
import { usePackageRoles } from "../api/get-package-roles";
import { useSaveAssignments } from "../api/save-assignments";
import {
  conflictingRoles,
  effectiveAssignments,
  idKey,
  packageRolesOf,
  planAssignmentChanges,
  toAssignmentMap,
  withPackageRole,
  withoutPackageRoles,
} from "../assignment-diff";
import { ASSIGNMENT_FIELDS } from "../assignment-field-errors";
import { filterITwinRoles, type NamedRole } from "../mapping-layout";
import { disabledReason, missingPermissionsFor } from "../package-role-permissions";
import { permissionNeededForPlan } from "../save-permission";
import type { GrantablePackageRole } from "./MappingTable";

/** Above this many iTwin roles the picture starts with only the roles that hold package roles. */
const MANY_ROLES = 30;

type Assignments = Map<string, Set<string>>;

export function useAssignmentEditor(iTwinId: string, uniqueName: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const iTwinRoles = useITwinRoles(iTwinId);
  const packageRoles = usePackageRoles();
  const assignments = useAssignments(iTwinId, uniqueName);
  const held = useMyPermissions(iTwinId).data;
  const save = useSaveAssignments(iTwinId, uniqueName);

  const [overrides, setOverrides] = useState<Assignments>(new Map());
  // What each edited role held on the server when the user first touched it (to detect changes meanwhile).
  const [editedFrom, setEditedFrom] = useState<Assignments>(new Map());
  const [chosen, setChosen] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const fieldErrors = useServerFieldErrors(failure, ASSIGNMENT_FIELDS);
  const [conflicts, setConflicts] = useState<string[]>([]);
  // Edits of iTwin roles deleted on the server meanwhile: not saved, offered to be made on a re-created role.
  const [deletedRoles, setDeletedRoles] = useState<DeletedRoleEdit[]>([]);
  const [recreatedNote, setRecreatedNote] = useState<string | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [savedNote, setSavedNote] = useState(false);
  const [filterText, setFilterText] = useState("");
  const [onlyAssignedChoice, setOnlyAssigned] = useState<boolean>();

  const base = useMemo(() => toAssignmentMap(assignments.data ?? []), [assignments.data]);
  const effective = useMemo(() => effectiveAssignments(base, overrides), [base, overrides]);
  const plan = useMemo(() => planAssignmentChanges(base, overrides), [base, overrides]);

  // Every iTwin role, plus any an assignment names that the role list lacks (so none is hidden).
  const allITwinRoles = useMemo<NamedRole[]>(() => {
    const list: NamedRole[] = (iTwinRoles.data ?? []).map((r) => ({ id: idKey(r.id), name: r.displayName }));
    const known = new Set(list.map((r) => r.id));
    for (const a of assignments.data ?? [])
      if (!known.has(idKey(a.iTwinRoleId))) list.push({ id: idKey(a.iTwinRoleId), name: a.iTwinRoleName ?? a.iTwinRoleId });
    return list;
  }, [iTwinRoles.data, assignments.data]);

  const grantable = useMemo<GrantablePackageRole[]>(() => {
    const list: GrantablePackageRole[] = (packageRoles.data ?? []).map((p) => {
      const reason = disabledReason(missingPermissionsFor(p, held));
      return { id: idKey(p.roleId), name: p.name, ...(reason && { disabledReason: reason }) };
    });
    const known = new Set(list.map((p) => p.id));
    for (const a of assignments.data ?? [])
      for (const p of a.packageRoles) {
        const id = idKey(p.packageRoleId);
        if (known.has(id)) continue;
        known.add(id);
        list.push({ id, name: p.packageRoleName ?? p.packageRoleId });
      }
    return list;
  }, [packageRoles.data, assignments.data, held]);

  const edit = (next: Assignments) => {
    setSavedNote(false);
    setRecreatedNote(null);
    setEditedFrom((from) => {
      const updated = new Map<string, Set<string>>();
      for (const role of next.keys()) updated.set(role, from.get(role) ?? new Set(packageRolesOf(base, role)));
      return updated;
    });
    setOverrides(next);
  };
  const toggle = (roleIds: string[], packageRoleId: string, on: boolean) => {
    fieldErrors.clear("packageRoleIds");
    edit(withPackageRole(base, overrides, roleIds, packageRoleId, on));
  };
  const removeAll = (roleIds: string[]) => edit(withoutPackageRoles(base, overrides, roleIds));
  const choose = (roleIds: string[]) => {
    setChosen(roleIds);
    fieldErrors.clear("iTwinRoleId");
  };
  const addChosen = (id: string) => setChosen((c) => (c.includes(idKey(id)) ? c : [...c, idKey(id)]));
  const discard = () => {
    edit(new Map());
    setDeletedRoles([]);
    setFailure(undefined);
    setConflicts([]);
  };

  const confirmSave = async () => {
    setFailure(undefined);
    setConflicts([]);
    try {
      // Whatever changed on the server since editing began is shown, not overwritten; a role deleted
      // meanwhile is reported with the edits that could not be applied to it.
      const rolesBefore = queryClient.getQueryData<Role[]>(iTwinRoleKeys.list(iTwinId)) ?? [];
      const [freshList, rolesNow] = await Promise.all([
        queryClient.fetchQuery({ ...assignmentsQuery(client, iTwinId, uniqueName), staleTime: 0 }),
        queryClient.fetchQuery({ ...iTwinRolesQuery(client, iTwinId), staleTime: 0 }),
      ]);
      const fresh = toAssignmentMap(freshList);
      const deleted = deletedRoleEdits(plan.changes, rolesBefore, rolesNow);
      const deletedIds = new Set(deleted.map((d) => d.change.iTwinRoleId));
      const remaining = new Map([...overrides].filter(([role]) => !deletedIds.has(role)));
      if (deleted.length > 0) {
        setDeletedRoles((list) => [...list.filter((d) => !deletedIds.has(d.change.iTwinRoleId)), ...deleted]);
        setOverrides(remaining);
        setEditedFrom((from) => new Map([...from].filter(([role]) => !deletedIds.has(role))));
      }
      const moved = conflictingRoles(editedFrom, fresh).filter((role) => !deletedIds.has(role));
      if (moved.length > 0) {
        setConflicts(moved);
        setEditedFrom(
          (from) => new Map([...from].map(([role, set]) => [role, moved.includes(role) ? new Set(packageRolesOf(fresh, role)) : set])),
        );
        return;
      }
      if (remaining.size === 0) return;
      await save.mutateAsync(planAssignmentChanges(fresh, remaining));
      setOverrides(new Map());
      setEditedFrom(new Map());
      setSavedNote(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setReviewOpen(false);
    }
  };

  /** A role deleted meanwhile: creates it again (a new id) and gives it the package roles the edit wanted. */
  const recreateDeletedRole = async ({ role, change }: DeletedRoleEdit) => {
    const created = await recordChange({
      summary: `Re-created role “${role.displayName}” (deleted elsewhere) to give it package roles of ${uniqueName}`,
      target: `Role ${role.displayName}`,
      run: () => recreateRole(client, iTwinId, role),
      inverse: (made: Role) => ({
        summary: `delete the re-created role “${role.displayName}”`,
        requests: [undoRequest(roleOperations.deleteRole, { iTwinId, roleId: made.id })],
        refresh: [iTwinRoleKeys.list(iTwinId)],
      }),
    });
    await queryClient.invalidateQueries({ queryKey: iTwinRoleKeys.list(iTwinId) });
    if (change.after.length > 0)
      await save.mutateAsync(planAssignmentChanges(new Map(), new Map([[idKey(created.id), new Set(change.after)]])));
    setDeletedRoles((list) => list.filter((d) => d.change.iTwinRoleId !== change.iTwinRoleId));
    setRecreatedNote(
      `Re-created ${role.displayName} (it has a new id) and gave it ${plural(change.after.length, "package role")}. Members who held the deleted role must be given it again.`,
    );
    return created;
  };
  const forgetDeletedRole = (iTwinRoleId: string) => setDeletedRoles((list) => list.filter((d) => d.change.iTwinRoleId !== iTwinRoleId));

  const chosenSets = chosen.map((id) => packageRolesOf(effective, id));
  const onlyAssigned = onlyAssignedChoice ?? allITwinRoles.length > MANY_ROLES;
  const chosenHoldBlocked = grantable.some((p) => p.disabledReason && chosenSets.some((s) => s.has(p.id)));

  return {
    queries: { iTwinRoles, packageRoles, assignments },
    base,
    effective,
    plan,
    dirty: overrides.size > 0,
    allITwinRoles,
    visibleRoles: filterITwinRoles(allITwinRoles, filterText, onlyAssigned, base, effective),
    grantable,
    chosen,
    chosenSets,
    chosenHoldBlocked,
    canRemoveChosen: chosen.length > 0 && chosenSets.some((s) => s.size > 0) && !chosenHoldBlocked,
    fieldErrors,
    /** A failure that is not a 422 (those are at the fields): shown with the permission it likely lacked. */
    otherFailure: fieldErrors.rejected ? undefined : failure,
    saveRequiredPermission: permissionNeededForPlan(plan, grantable, held),
    conflicts,
    deletedRoles,
    recreatedNote,
    recreateDeletedRole,
    forgetDeletedRole,
    savedNote,
    saving: save.isPending,
    reviewOpen,
    filterText,
    onlyAssigned,
    roleName: (id: string) => allITwinRoles.find((r) => r.id === idKey(id))?.name ?? id,
    packageRoleName: (id: string) => grantable.find((p) => p.id === idKey(id))?.name ?? id,
    choose,
    addChosen,
    toggle,
    removeAll,
    discard,
    confirmSave,
    setReviewOpen,
    setFilterText,
    setOnlyAssigned,
  };
}

export type AssignmentEditorState = ReturnType<typeof useAssignmentEditor>;
