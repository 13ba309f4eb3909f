// The Roles page: every role against every permission in one grid, edited in place. Loading, errors (a 403
// names the permission) and the empty iTwin are handled here; the editing state lives in useMatrixEditor.
import { plural } from "../../../lib/plural";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { Alert, Box, Button, CircularProgress, Stack, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import { useParams } from "react-router-dom";
import type { Role } from "../../../api/wire";
import { useCan } from "../../../api/queries/my-permissions";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { NotFoundNotice } from "../../../components/NotFoundNotice";
import { downloadFile } from "../../../lib/csv";
import { useAllPermissions } from "../api/get-all-permissions";
import { useITwinRoles } from "../../../api/queries/itwin-roles";
import { noFilters, type MatrixFilters } from "../matrix";
import { matrixToCsv } from "../matrix-csv";
import type { RoleSaveResult } from "../save-role-changes";
import { CompareRolesDialog } from "./CompareRolesDialog";
import { DeleteRoleDialog } from "./DeleteRoleDialog";
import { MatrixToolbar } from "./MatrixToolbar";
import { PendingChangesBar } from "./PendingChangesBar";
import { columnStatuses } from "./column-status";
import { PermissionMatrix } from "./PermissionMatrix";
import { MANAGE_ROLES } from "./permissions";
import { ReviewChangesDialog } from "./ReviewChangesDialog";
import { RoleDetailsDrawer } from "./RoleDetailsDrawer";
import { RoleFormDialog } from "./RoleFormDialog";
import { AccountRolesPanel } from "./AccountRolesPanel";
import { useAccountColumns } from "./use-account-columns";
import { UnsavedChangesPrompt } from "./UnsavedChangesPrompt";
import { useMatrixAxes } from "./use-matrix-axes";
import { useMatrixEditor } from "./use-matrix-editor";
import { PageHeader } from "../../../components/PageHeader";

const NO_ROLES: Role[] = [];
export function RolesPage() {
  const { iTwinId = "" } = useParams();
  const roles = useITwinRoles(iTwinId);
  const permissions = useAllPermissions();
  const manage = useCan(iTwinId, MANAGE_ROLES);
  const [formRole, setFormRole] = useState<Role | "new" | null>(null);
  const heading = (count?: number) => <PageHeader title="Roles" count={count} />;

  if (roles.isPending || permissions.isPending) {
    return (
      <Stack spacing={2}>
        {heading()}
        <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }} role="status">
          <CircularProgress size={20} /> Loading roles and permissions…
        </Box>
      </Stack>
    );
  }
  if (roles.isError) {
    return (
      <Stack spacing={2}>
        {heading()}
        <ApiErrorAlert
          error={roles.error}
          action="Viewing and editing roles"
          requiredPermission={MANAGE_ROLES}
          onRetry={() => void roles.refetch()}
        />
      </Stack>
    );
  }
  if (permissions.isError) {
    return (
      <Stack spacing={2}>
        {heading(roles.data.length)}
        <ApiErrorAlert error={permissions.error} action="Loading the permission catalogue" onRetry={() => void permissions.refetch()} />
      </Stack>
    );
  }

  const canManage = manage.allowed;
  const form = (
    <RoleFormDialog
      open={formRole !== null}
      iTwinId={iTwinId}
      role={formRole === "new" || formRole === null ? undefined : formRole}
      onClose={() => setFormRole(null)}
      onSaved={() => setFormRole(null)}
    />
  );

  if (roles.data.length === 0) {
    return (
      <Stack spacing={2}>
        {heading(0)}
        <Alert
          severity="info"
          action={
            canManage ? (
              <Button color="inherit" startIcon={<AddIcon />} onClick={() => setFormRole("new")}>
                Create role
              </Button>
            ) : undefined
          }
        >
          This iTwin has no roles yet.{" "}
          {canManage
            ? "Create the first one, then tick its permissions in the matrix."
            : `Creating roles needs the permission ${MANAGE_ROLES}.`}
        </Alert>
        {form}
      </Stack>
    );
  }

  return (
    <>
      <RolesMatrixWorkspace
        iTwinId={iTwinId}
        roles={roles.data ?? NO_ROLES}
        catalogue={permissions.data}
        canManage={canManage}
        permissionsKnown={manage.known}
        heading={heading(roles.data.length)}
        onCreateRole={() => setFormRole("new")}
        onEditRole={(role) => setFormRole(role)}
      />
      <Box sx={{ mt: 2 }}>
        <AccountRolesPanel iTwinId={iTwinId} />
      </Box>
      {form}
    </>
  );
}

interface WorkspaceProps {
  iTwinId: string;
  roles: readonly Role[];
  catalogue: readonly string[];
  canManage: boolean;
  permissionsKnown: boolean;
  heading: ReactNode;
  onCreateRole: () => void;
  onEditRole: (role: Role) => void;
}

function RolesMatrixWorkspace({
  iTwinId,
  roles,
  catalogue,
  canManage,
  permissionsKnown,
  heading,
  onCreateRole,
  onEditRole,
}: WorkspaceProps) {
  const editor = useMatrixEditor(iTwinId, roles);
  const { baseSets: shownSets, ...shown } = useAccountColumns(iTwinId, roles, editor);
  const granted = shown.granted;
  const [filters, setFilters] = useState<MatrixFilters>(noFilters);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [swapped, setSwapped] = useState(false);
  const [openRoleId, setOpenRoleId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [reviewResults, setReviewResults] = useState<readonly RoleSaveResult[] | null>(null);
  const [reviewChanges, setReviewChanges] = useState(editor.changes);
  const [compareOpen, setCompareOpen] = useState(false);

  const axes = useMatrixAxes({ ...shown, catalogue, filters, swapped, collapsed });
  const { allPermissions, noTextMatch, shownRoles, shownPermissions, rows, columns } = axes;

  const roleStatus = useMemo(() => columnStatuses(editor.results.values()), [editor.results]);

  const selectedRoleIds = useMemo(() => new Set(filters.selectedRoleIds), [filters.selectedRoleIds]);
  const toggleGroup = useCallback((service: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(service)) next.delete(service);
      else next.add(service);
      return next;
    });
  }, []);

  const cellCount = editor.changes.reduce((n, c) => n + c.added.length + c.removed.length, 0);
  const openRole = editor.baseRoles.find((r) => r.id === openRoleId) ?? null;
  const effectiveRoles = useMemo(() => {
    const next = new Map(editor.changes.map((c) => [c.roleId, c.nextPermissions]));
    return editor.baseRoles.map((r) => (next.has(r.id) ? { ...r, permissions: next.get(r.id) } : r));
  }, [editor.baseRoles, editor.changes]);

  const startReview = () => {
    setReviewChanges(editor.changes);
    setReviewResults(null);
    setReviewOpen(true);
  };
  // A retry sends only the roles that failed (their edits are still pending) and updates their results.
  const save = async (onlyFailed = false) => {
    const failed = new Set(reviewResults?.flatMap((r) => (r.status === "failed" ? [r.roleId] : [])));
    const outcome = await editor.save(onlyFailed ? editor.changes.filter((c) => failed.has(c.roleId)) : reviewChanges);
    setReviewResults((prev) => (onlyFailed && prev ? prev.map((r) => outcome.find((o) => o.roleId === r.roleId) ?? r) : outcome));
  };
  const exportCsv = () => downloadFile(`roles-matrix-${iTwinId}.csv`, matrixToCsv(shownRoles, shownPermissions, granted));

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "baseline" }}>
        {heading}
        <Typography color="text.secondary" variant="body2">
          {plural(allPermissions.length, "permission")} · showing {plural(shownRoles.length, "role")} ×{" "}
          {plural(shownPermissions.length, "permission")}
        </Typography>
      </Stack>
      {!canManage && permissionsKnown ? (
        <Alert severity="info">
          Read-only: changing roles needs the permission <code>{MANAGE_ROLES}</code> on this iTwin.
        </Alert>
      ) : null}
      <MatrixToolbar
        filters={filters}
        onFiltersChange={setFilters}
        roles={editor.baseRoles}
        swapped={swapped}
        onSwap={() => setSwapped((s) => !s)}
        onExport={exportCsv}
        onCompare={() => setCompareOpen(true)}
        onCreateRole={onCreateRole}
        canManage={canManage}
        exportDisabled={shownRoles.length === 0 || shownPermissions.length === 0}
      />
      {noTextMatch ? (
        <Typography>No role or permission matches “{filters.text}”.</Typography>
      ) : shownRoles.length === 0 || shownPermissions.length === 0 ? (
        <Typography>Nothing to show with these filters.</Typography>
      ) : (
        <PermissionMatrix
          label="Permissions of each role"
          rows={rows}
          columns={columns}
          baseSets={shownSets}
          pending={editor.pending}
          readOnly={!canManage || editor.saving}
          selectedRoleIds={selectedRoleIds}
          roleStatus={roleStatus}
          onToggleCell={editor.toggle}
          onToggleGroup={toggleGroup}
          onOpenRole={setOpenRoleId}
        />
      )}
      {openRoleId && !openRole ? (
        <NotFoundNotice title="The role you had open no longer exists" backLabel="Back to the matrix" onBack={() => setOpenRoleId(null)}>
          It was deleted since the matrix was loaded; the matrix now shows the roles the server has.
        </NotFoundNotice>
      ) : null}
      <PendingChangesBar
        cellCount={cellCount}
        roleCount={editor.changes.length}
        onReview={startReview}
        onDiscard={editor.discard}
        disabled={editor.saving}
      />
      <ReviewChangesDialog
        open={reviewOpen}
        changes={reviewChanges}
        results={reviewResults}
        saving={editor.saving}
        onSave={() => void save()}
        onRetryFailed={() => void save(true)}
        onClose={() => setReviewOpen(false)}
        onRebase={editor.rebase}
        onRecreate={editor.recreate}
        onDiscardRole={editor.forget}
      />
      <RoleDetailsDrawer
        iTwinId={iTwinId}
        role={openRole}
        pendingChange={editor.changes.find((c) => c.roleId === openRoleId)}
        canManage={canManage}
        onClose={() => setOpenRoleId(null)}
        onEdit={onEditRole}
        onDelete={(role) => setDeleting(role)}
      />
      <DeleteRoleDialog iTwinId={iTwinId} role={deleting} onClose={() => setDeleting(null)} onDeleted={() => setOpenRoleId(null)} />
      <CompareRolesDialog
        open={compareOpen}
        roles={effectiveRoles}
        initialRoleIds={filters.selectedRoleIds}
        onClose={() => setCompareOpen(false)}
      />
      <UnsavedChangesPrompt count={cellCount} />
    </Stack>
  );
}
