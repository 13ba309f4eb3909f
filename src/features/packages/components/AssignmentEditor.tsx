// Which iTwin roles hold which package roles of one package on one iTwin: an editor (choose iTwin
// roles, tick package roles), the mapping as a picture and as a table, a review before saving, and
// the server's answer shown where it belongs. Edits are kept apart from the server's state until the
// server confirms them; a failed save keeps every edit and choice.
import { useEffect, useMemo, useState } from "react";
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Paper,
  Stack,
  Switch,
  TextField,
  Typography,
} from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { Link as RouterLink } from "react-router-dom";
import { isApiError } from "../../../api/api-error";
import type { FieldErrors } from "../../../api/field-errors";
import { useApiClient } from "../../../api/client-context";
import { useMyPermissions } from "../../../api/queries/my-permissions";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { downloadFile } from "../../../lib/csv";
import { routes } from "../../../lib/routes";
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
import { assignmentFieldErrors, fieldMessage, type AssignmentField } from "../assignment-field-errors";
import { assignmentsCsv } from "../assignments-csv";
import { filterITwinRoles, type NamedRole } from "../mapping-layout";
import { safeFileName } from "../mapping-export";
import { disabledReason, missingPermissionsFor, permissionsBehind } from "../package-role-permissions";
import { describedBy, FieldError } from "./FieldError";
import { MappingPicture } from "./MappingPicture";
import { MappingTable, type GrantablePackageRole } from "./MappingTable";
import { ReviewAssignmentsDialog } from "./ReviewAssignmentsDialog";

/** Above this many iTwin roles the picture starts with only the roles that hold package roles. */
const MANY_ROLES = 30;

type Assignments = Map<string, Set<string>>;

export interface AssignmentEditorProps {
  iTwinId: string;
  uniqueName: string;
  onDirtyChange?: (dirty: boolean) => void;
}

export function AssignmentEditor({ iTwinId, uniqueName, onDirtyChange }: AssignmentEditorProps) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const iTwinRoles = useITwinRoles(iTwinId);
  const packageRoles = usePackageRoles();
  const assignments = useAssignments(iTwinId, uniqueName);
  const myPermissions = useMyPermissions(iTwinId);
  const save = useSaveAssignments(iTwinId, uniqueName);

  const [overrides, setOverrides] = useState<Assignments>(new Map());
  // What each edited role held on the server when the user first touched it (to detect changes meanwhile).
  const [editedFrom, setEditedFrom] = useState<Assignments>(new Map());
  const [chosen, setChosen] = useState<string[]>([]);
  // A 422: its message, and its details sorted by the field they name.
  const [rejection, setRejection] = useState<{ message: string; errors: FieldErrors<AssignmentField> }>();
  const fieldErrors = rejection?.errors;
  const [failure, setFailure] = useState<unknown>();
  const [conflicts, setConflicts] = useState<string[]>([]);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [savedNote, setSavedNote] = useState(false);
  const [filterText, setFilterText] = useState("");
  const [onlyAssignedChoice, setOnlyAssigned] = useState<boolean>();

  const dirty = overrides.size > 0;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

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

  const held = myPermissions.data;
  const grantable = useMemo<GrantablePackageRole[]>(() => {
    const list: GrantablePackageRole[] = (packageRoles.data ?? []).map((p) => {
      const reason = disabledReason(missingPermissionsFor(p, held));
      return { id: idKey(p.roleId), name: p.name, ...(reason && { disabledReason: reason }) };
    });
    const known = new Set(list.map((p) => p.id));
    for (const a of assignments.data ?? [])
      for (const p of a.packageRoles)
        if (!known.has(idKey(p.packageRoleId)))
          (known.add(idKey(p.packageRoleId)), list.push({ id: idKey(p.packageRoleId), name: p.packageRoleName ?? p.packageRoleId }));
    return list;
  }, [packageRoles.data, assignments.data, held]);

  const roleName = (id: string) => allITwinRoles.find((r) => r.id === idKey(id))?.name ?? id;
  const packageRoleName = (id: string) => grantable.find((p) => p.id === idKey(id))?.name ?? id;

  if (iTwinRoles.isPending || packageRoles.isPending || assignments.isPending) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }} role="status">
        <CircularProgress size={20} /> Loading assignments…
      </Box>
    );
  }
  if (packageRoles.isError) {
    return (
      <ApiErrorAlert
        error={packageRoles.error}
        action="Loading the package roles"
        requiredPermission="edfs_ilsmng"
        onRetry={() => void packageRoles.refetch()}
      />
    );
  }
  if (assignments.isError) {
    return (
      <ApiErrorAlert
        error={assignments.error}
        action="Loading the assignments"
        requiredPermission="edfs_ilsmng"
        onRetry={() => void assignments.refetch()}
      />
    );
  }
  if (iTwinRoles.isError) {
    return (
      <ApiErrorAlert
        error={iTwinRoles.error}
        action="Loading the iTwin roles"
        requiredPermission="administration_manage_roles"
        onRetry={() => void iTwinRoles.refetch()}
      />
    );
  }

  // ---- editing ----------------------------------------------------------------------------------

  const edit = (next: Assignments) => {
    setSavedNote(false);
    setEditedFrom((from) => {
      const updated = new Map<string, Set<string>>();
      for (const role of next.keys()) updated.set(role, from.get(role) ?? new Set(packageRolesOf(base, role)));
      return updated;
    });
    setOverrides(next);
  };
  const clearFieldError = (field: AssignmentField) =>
    setRejection((r) => (r ? { ...r, errors: { ...r.errors, byField: { ...r.errors.byField, [field]: [] } } } : r));
  const toggle = (roleIds: string[], packageRoleId: string, on: boolean) => {
    clearFieldError("packageRoleIds");
    edit(withPackageRole(base, overrides, roleIds, packageRoleId, on));
  };
  const removeAll = (roleIds: string[]) => edit(withoutPackageRoles(base, overrides, roleIds));
  const discard = () => {
    edit(new Map());
    setRejection(undefined);
    setFailure(undefined);
    setConflicts([]);
  };

  const confirmSave = async () => {
    setRejection(undefined);
    setFailure(undefined);
    setConflicts([]);
    try {
      // Whatever changed on the server since editing began is shown, not overwritten.
      const fresh = toAssignmentMap(await queryClient.fetchQuery({ ...assignmentsQuery(client, iTwinId, uniqueName), staleTime: 0 }));
      const moved = conflictingRoles(editedFrom, fresh);
      if (moved.length > 0) {
        setConflicts(moved);
        setEditedFrom(
          (from) => new Map([...from].map(([role, set]) => [role, moved.includes(role) ? new Set(packageRolesOf(fresh, role)) : set])),
        );
        return;
      }
      await save.mutateAsync(planAssignmentChanges(fresh, overrides));
      setOverrides(new Map());
      setEditedFrom(new Map());
      setSavedNote(true);
    } catch (error) {
      if (isApiError(error) && error.status === 422) setRejection({ message: error.message, errors: assignmentFieldErrors(error) });
      else setFailure(error);
    } finally {
      setReviewOpen(false);
    }
  };

  // ---- derived view state -----------------------------------------------------------------------

  const chosenSets = chosen.map((id) => packageRolesOf(effective, id));
  const onlyAssigned = onlyAssignedChoice ?? allITwinRoles.length > MANY_ROLES;
  const visibleRoles = filterITwinRoles(allITwinRoles, filterText, onlyAssigned, base, effective);
  const chosenHoldBlocked = grantable.some((p) => p.disabledReason && chosenSets.some((s) => s.has(p.id)));
  const canRemoveChosen = chosen.length > 0 && chosenSets.some((s) => s.size > 0) && !chosenHoldBlocked;
  const msg = (field: AssignmentField) => fieldMessage(fieldErrors, field);
  const saveRequiredPermission = (() => {
    if (held && !held.has("edfs_ilsmng")) return "edfs_ilsmng";
    if (held && !held.has("administration_manage_roles")) return "administration_manage_roles";
    const touched = plan.changes.flatMap((c) => [...c.added, ...c.removed]);
    const missing = grantable
      .filter((p) => touched.includes(p.id))
      .flatMap((p) => permissionsBehind(p).filter((perm) => held && !held.has(perm)));
    return missing[0] ?? "edfs_ilsmng";
  })();
  const exportCsv = () =>
    downloadFile(`${safeFileName(`${uniqueName}-assignments`)}.csv`, assignmentsCsv(uniqueName, allITwinRoles, grantable, base, effective));

  return (
    <Stack spacing={2} component="section" aria-labelledby="assignments-title">
      <Typography id="assignments-title" variant="h6" component="h2">
        Package-role assignments
      </Typography>

      {grantable.length === 0 ? (
        <Alert severity="info">
          EDFS offers no package roles to assign yet, so there is nothing to map. Check back when the catalogue lists one.
        </Alert>
      ) : null}
      {allITwinRoles.length === 0 ? (
        <Alert
          severity="info"
          action={
            <Button component={RouterLink} to={routes.roles.to({ iTwinId })} color="inherit" size="small">
              Open Roles
            </Button>
          }
        >
          This iTwin has no roles yet. Create an iTwin role first, then give it package roles here.
        </Alert>
      ) : null}
      {base.size === 0 && allITwinRoles.length > 0 && grantable.length > 0 ? (
        <Alert severity="info" data-testid="no-assignments">
          No iTwin role holds a package role of this package yet. Choose iTwin roles below and tick a package role to give it to them.
        </Alert>
      ) : null}

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack spacing={2}>
          <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
            <Box sx={{ flex: 1 }}>
              <TextField
                id="iTwinId"
                label="iTwin"
                value={iTwinId}
                size="small"
                fullWidth
                error={!!msg("iTwinId")}
                slotProps={{ htmlInput: { readOnly: true, ...describedBy("iTwinId", msg("iTwinId")) } }}
              />
              <FieldError field="iTwinId" message={msg("iTwinId")} />
            </Box>
            <Box sx={{ flex: 1 }}>
              <TextField
                id="uniqueName"
                label="Package"
                value={uniqueName}
                size="small"
                fullWidth
                error={!!msg("uniqueName")}
                slotProps={{ htmlInput: { readOnly: true, ...describedBy("uniqueName", msg("uniqueName")) } }}
              />
              <FieldError field="uniqueName" message={msg("uniqueName")} />
            </Box>
          </Stack>

          <Box>
            <Autocomplete
              multiple
              id="iTwinRoleId"
              options={allITwinRoles}
              value={allITwinRoles.filter((r) => chosen.includes(r.id))}
              onChange={(_, value) => {
                setChosen(value.map((r) => r.id));
                clearFieldError("iTwinRoleId");
              }}
              getOptionLabel={(r) => r.name}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              filterSelectedOptions
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="iTwin roles to edit"
                  placeholder={chosen.length === 0 ? "Search all iTwin roles" : undefined}
                  error={!!msg("iTwinRoleId")}
                  slotProps={{
                    ...params.slotProps,
                    htmlInput: { ...params.slotProps.htmlInput, ...describedBy("iTwinRoleId", msg("iTwinRoleId")) },
                  }}
                />
              )}
            />
            <FieldError field="iTwinRoleId" message={msg("iTwinRoleId")} />
          </Box>

          <FormControl
            component="fieldset"
            id="packageRoleIds"
            error={!!msg("packageRoleIds")}
            {...describedBy("packageRoleIds", msg("packageRoleIds"))}
          >
            <FormLabel component="legend">Package roles of the chosen iTwin roles</FormLabel>
            {chosen.length === 0 ? <FormHelperText>Choose one or more iTwin roles first.</FormHelperText> : null}
            <FormGroup>
              {grantable.map((p) => {
                const holders = chosenSets.filter((s) => s.has(p.id)).length;
                const reasonId = `package-role-${p.id}-reason`;
                return (
                  <Box key={p.id}>
                    <FormControlLabel
                      label={p.name}
                      disabled={chosen.length === 0 || !!p.disabledReason}
                      control={
                        <Checkbox
                          checked={chosen.length > 0 && holders === chosen.length}
                          indeterminate={holders > 0 && holders < chosen.length}
                          onChange={(e) => toggle(chosen, p.id, e.target.checked)}
                          slotProps={{ input: p.disabledReason ? { "aria-describedby": reasonId } : {} }}
                        />
                      }
                    />
                    {p.disabledReason ? (
                      <FormHelperText id={reasonId} sx={{ mt: -0.5, ml: 4 }} data-testid="package-role-disabled-reason">
                        {p.disabledReason}
                      </FormHelperText>
                    ) : null}
                  </Box>
                );
              })}
            </FormGroup>
            <FieldError field="packageRoleIds" message={msg("packageRoleIds")} />
          </FormControl>

          <Box>
            <Button variant="outlined" color="error" size="small" disabled={!canRemoveChosen} onClick={() => removeAll(chosen)}>
              Remove all package roles of the chosen iTwin roles
            </Button>
            {chosenHoldBlocked ? (
              <FormHelperText>
                A chosen iTwin role holds a package role you cannot manage, so its package roles cannot be removed by you.
              </FormHelperText>
            ) : null}
          </Box>

          {rejection ? (
            <ServerErrorBanner
              title="The server did not accept the changes"
              message={`${rejection.message} Each message that names a field is shown at that field; your changes are still here.`}
              details={rejection.errors.unmatched}
            />
          ) : null}
          {failure ? (
            <ApiErrorAlert
              error={failure}
              action="Saving the assignments"
              requiredPermission={saveRequiredPermission}
              onRetry={save.isPending ? undefined : () => void confirmSave()}
            />
          ) : null}
          {conflicts.length > 0 ? (
            <Alert severity="warning" data-testid="assignments-conflict">
              Someone changed the package roles of {conflicts.map(roleName).join(", ")} since you began editing. The picture and table now
              show the server's state with your edits on top; review and save again.
            </Alert>
          ) : null}
          {savedNote && !dirty ? (
            <Alert severity="success" role="status">
              Saved. The server confirmed the assignments.
            </Alert>
          ) : null}

          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <Typography sx={{ flexGrow: 1 }} color={dirty ? "warning.main" : "text.secondary"} data-testid="pending-summary">
              {dirty
                ? `${plan.changes.length} iTwin role${plan.changes.length === 1 ? "" : "s"} with unsaved changes`
                : "No unsaved changes"}
            </Typography>
            <Button onClick={discard} disabled={!dirty || save.isPending}>
              Discard changes
            </Button>
            <Button variant="contained" onClick={() => setReviewOpen(true)} disabled={!dirty || save.isPending}>
              Review and save
            </Button>
          </Stack>
        </Stack>
      </Paper>

      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
        <TextField
          size="small"
          label="Show only iTwin roles matching"
          sx={{ minWidth: 280 }}
          value={filterText}
          onChange={(e) => setFilterText(e.target.value)}
        />
        <FormControlLabel
          control={<Switch checked={onlyAssigned} onChange={(e) => setOnlyAssigned(e.target.checked)} />}
          label="Only roles with package roles"
        />
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          Showing {visibleRoles.length} of {allITwinRoles.length} iTwin roles
        </Typography>
        <Button size="small" onClick={exportCsv}>
          Export CSV
        </Button>
      </Stack>

      <Stack direction={{ xs: "column", lg: "row" }} spacing={2} sx={{ alignItems: "flex-start" }}>
        <Box sx={{ flex: "0 0 auto", width: { xs: "100%", lg: 740 }, maxWidth: "100%" }}>
          <MappingPicture
            iTwinRoles={visibleRoles}
            packageRoles={grantable}
            base={base}
            effective={effective}
            fileName={`${uniqueName}-mapping`}
            onChooseITwinRole={(id) => setChosen((c) => (c.includes(idKey(id)) ? c : [...c, idKey(id)]))}
          />
        </Box>
        <Box sx={{ flex: "1 1 0", minWidth: 0, width: "100%" }}>
          <MappingTable
            iTwinRoles={visibleRoles}
            packageRoles={grantable}
            base={base}
            effective={effective}
            onToggle={(roleId, packageRoleId, on) => toggle([roleId], packageRoleId, on)}
            onRemoveAll={(roleId) => removeAll([roleId])}
          />
        </Box>
      </Stack>

      <ReviewAssignmentsDialog
        open={reviewOpen}
        plan={plan}
        roleName={roleName}
        packageRoleName={packageRoleName}
        busy={save.isPending}
        onConfirm={() => void confirmSave()}
        onCancel={() => setReviewOpen(false)}
      />
    </Stack>
  );
}
