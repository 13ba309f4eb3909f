// The save half of the assignment editor: the server's answer to the last save (a 422's unplaced
// details, another failure with the permission it likely lacked, a change made meanwhile, success),
// how many roles have unsaved changes, and discard / review.
import { Alert, Button, Stack, Typography } from "@mui/material";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import type { AssignmentEditorState } from "./use-assignment-editor";
import { DeletedRoleNotice } from "./DeletedRoleNotice";

export function AssignmentSaveBar({ editor }: { editor: AssignmentEditorState }) {
  const { fieldErrors, otherFailure, conflicts, dirty, plan, saving } = editor;
  return (
    <>
      {fieldErrors.rejected ? (
        <ServerErrorBanner
          title="The server did not accept the changes"
          message={`${fieldErrors.rejected.message} Each message that names a field is shown at that field; your changes are still here.`}
          details={fieldErrors.unmatched}
        />
      ) : null}
      {otherFailure ? (
        <ApiErrorAlert
          error={otherFailure}
          action="Saving the assignments"
          requiredPermission={editor.saveRequiredPermission}
          onRetry={saving ? undefined : () => void editor.confirmSave()}
        />
      ) : null}
      {conflicts.length > 0 ? (
        <Alert severity="warning" data-testid="assignments-conflict">
          Someone changed the package roles of {conflicts.map(editor.roleName).join(", ")} since you began editing. The picture and table
          now show the server's state with your edits on top; review and save again.
        </Alert>
      ) : null}
      {editor.deletedRoles.map((d) => (
        <DeletedRoleNotice
          key={d.change.iTwinRoleId}
          edit={d}
          packageRoleName={editor.packageRoleName}
          onRecreate={editor.recreateDeletedRole}
          onDiscard={editor.forgetDeletedRole}
        />
      ))}
      {editor.recreatedNote ? (
        <Alert severity="success" role="status">
          {editor.recreatedNote}
        </Alert>
      ) : null}
      {editor.savedNote && !dirty ? (
        <Alert severity="success" role="status">
          Saved. The server confirmed the assignments.
        </Alert>
      ) : null}

      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <Typography sx={{ flexGrow: 1 }} color={dirty ? "warning.main" : "text.secondary"} data-testid="pending-summary">
          {dirty ? `${plan.changes.length} iTwin role${plan.changes.length === 1 ? "" : "s"} with unsaved changes` : "No unsaved changes"}
        </Typography>
        <Button onClick={editor.discard} disabled={!dirty || saving}>
          Discard changes
        </Button>
        <Button variant="contained" onClick={() => editor.setReviewOpen(true)} disabled={!dirty || saving}>
          Review and save
        </Button>
      </Stack>
    </>
  );
}
