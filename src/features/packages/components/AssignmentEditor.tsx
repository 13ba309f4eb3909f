// Which iTwin roles hold which package roles of one package on one iTwin: an editor (choose iTwin
// roles, tick package roles), the mapping as a picture and as a table, a review before saving, and
// the server's answer shown where it belongs. The state lives in useAssignmentEditor.
import { useEffect } from "react";
import { Alert, Box, Button, CircularProgress, FormControlLabel, Paper, Stack, Switch, TextField, Typography } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { downloadFile } from "../../../lib/csv";
import { routes } from "../../../lib/routes";
import { assignmentsCsv } from "../assignments-csv";
import { safeFileName } from "../mapping-export";
import { MANAGE_ASSIGNMENTS, MANAGE_ROLES } from "../save-permission";
import { AssignmentChooser } from "./AssignmentChooser";
import { AssignmentSaveBar } from "./AssignmentSaveBar";
import { MappingPicture } from "./MappingPicture";
import { MappingTable } from "./MappingTable";
import { ReviewAssignmentsDialog } from "./ReviewAssignmentsDialog";
import { useAssignmentEditor } from "./use-assignment-editor";
import { isPackageGone, PackageGoneNotice } from "./PackageGoneNotice";

export interface AssignmentEditorProps {
  iTwinId: string;
  uniqueName: string;
  onDirtyChange?: (dirty: boolean) => void;
}

export function AssignmentEditor({ iTwinId, uniqueName, onDirtyChange }: AssignmentEditorProps) {
  const editor = useAssignmentEditor(iTwinId, uniqueName);
  const { iTwinRoles, packageRoles, assignments } = editor.queries;
  const { dirty, allITwinRoles, visibleRoles, grantable, base, effective } = editor;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

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
        requiredPermission={MANAGE_ASSIGNMENTS}
        onRetry={() => void packageRoles.refetch()}
      />
    );
  }
  if (assignments.isError && isPackageGone(assignments.error)) {
    return <PackageGoneNotice uniqueName={uniqueName} error={assignments.error} editor={editor} />;
  }
  if (assignments.isError) {
    return (
      <ApiErrorAlert
        error={assignments.error}
        action="Loading the assignments"
        requiredPermission={MANAGE_ASSIGNMENTS}
        onRetry={() => void assignments.refetch()}
      />
    );
  }
  if (iTwinRoles.isError) {
    return (
      <ApiErrorAlert
        error={iTwinRoles.error}
        action="Loading the iTwin roles"
        requiredPermission={MANAGE_ROLES}
        onRetry={() => void iTwinRoles.refetch()}
      />
    );
  }

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
          <AssignmentChooser iTwinId={iTwinId} uniqueName={uniqueName} editor={editor} />
          <AssignmentSaveBar editor={editor} />
        </Stack>
      </Paper>

      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
        <TextField
          size="small"
          label="Show only iTwin roles matching"
          sx={{ minWidth: 280 }}
          value={editor.filterText}
          onChange={(e) => editor.setFilterText(e.target.value)}
        />
        <FormControlLabel
          control={<Switch checked={editor.onlyAssigned} onChange={(e) => editor.setOnlyAssigned(e.target.checked)} />}
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
            onChooseITwinRole={editor.addChosen}
          />
        </Box>
        <Box sx={{ flex: "1 1 0", minWidth: 0, width: "100%" }}>
          <MappingTable
            iTwinRoles={visibleRoles}
            packageRoles={grantable}
            base={base}
            effective={effective}
            onToggle={(roleId, packageRoleId, on) => editor.toggle([roleId], packageRoleId, on)}
            onRemoveAll={(roleId) => editor.removeAll([roleId])}
          />
        </Box>
      </Stack>

      <ReviewAssignmentsDialog
        open={editor.reviewOpen}
        plan={editor.plan}
        roleName={editor.roleName}
        packageRoleName={editor.packageRoleName}
        busy={editor.saving}
        onConfirm={() => void editor.confirmSave()}
        onCancel={() => editor.setReviewOpen(false)}
      />
    </Stack>
  );
}
