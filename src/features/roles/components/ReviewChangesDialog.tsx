// Review before saving: per role, what will be added and removed. After saving it stays open with each
// role's outcome — saved, failed (with the server's message), or changed on the server meanwhile (with
// what changed there, and the choice to take the server's version as the new base).
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Stack,
  Typography,
} from "@mui/material";
import type { Role } from "../../../api/wire";
import { isApiError } from "../../../api/api-error";
import type { RoleChange } from "../pending-changes";
import type { RoleSaveResult } from "../save-role-changes";
import { MANAGE_ROLES } from "./permissions";
import { GoneRoleNotice } from "./GoneRoleNotice";
import { ServerName } from "../../../components/ServerName";

export interface ReviewChangesDialogProps {
  open: boolean;
  changes: readonly RoleChange[];
  /** Results of the save started from this dialog, once it finished. */
  results: readonly RoleSaveResult[] | null;
  saving: boolean;
  onSave: () => void;
  /** Sends again only the roles whose save failed. */
  onRetryFailed: () => void;
  onClose: () => void;
  onRebase: (serverRole: Role) => void;
  /** A role deleted elsewhere meanwhile: create it again with the user's changes, or drop them. */
  onRecreate: (change: RoleChange) => Promise<Role>;
  onDiscardRole: (roleId: string) => void;
}

export function errorText(error: unknown): string {
  if (isApiError(error)) {
    const permission = error.status === 403 ? ` This needs ${MANAGE_ROLES}.` : "";
    const details = error.details.map((d) => d.message + (d.target ? ` (${d.target})` : "")).join("; ");
    const correlation = error.correlationId ? ` (correlation id ${error.correlationId})` : "";
    return `${error.message}${details ? ` ${details}` : ""}${permission}${correlation}`;
  }
  return error instanceof Error ? error.message : "Something went wrong.";
}

function PermissionChips({
  label,
  permissions,
  color,
}: {
  label: string;
  permissions: readonly string[];
  color: "success" | "error" | "warning";
}) {
  if (permissions.length === 0) return null;
  return (
    <Box>
      <Typography variant="body2" component="span" sx={{ mr: 1 }}>
        {label}:
      </Typography>
      {permissions.map((p) => (
        <Chip key={p} size="small" label={p} color={color} variant="outlined" sx={{ mr: 0.5, mb: 0.5 }} />
      ))}
    </Box>
  );
}

export function ReviewChangesDialog({
  open,
  changes,
  results,
  saving,
  onSave,
  onRetryFailed,
  onClose,
  onRebase,
  onRecreate,
  onDiscardRole,
}: ReviewChangesDialogProps) {
  const byRole = new Map((results ?? []).map((r) => [r.roleId, r]));
  const cellCount = changes.reduce((n, c) => n + c.added.length + c.removed.length, 0);
  const done = results !== null;
  const failedCount = (results ?? []).filter((r) => r.status === "failed").length;
  return (
    <Dialog open={open} onClose={saving ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="review-changes-title">
      <DialogTitle id="review-changes-title">
        {done
          ? "Save results"
          : `Review ${cellCount} ${cellCount === 1 ? "change" : "changes"} in ${changes.length} ${changes.length === 1 ? "role" : "roles"}`}
      </DialogTitle>
      <DialogContent dividers>
        {done ? (
          <Alert severity={[...byRole.values()].every((r) => r.status === "saved") ? "success" : "warning"} sx={{ mb: 1 }}>
            {summary(results)}
          </Alert>
        ) : null}
        <List disablePadding>
          {changes.map((change) => {
            const result = byRole.get(change.roleId);
            return (
              <ListItem
                key={change.roleId}
                divider
                data-testid={`review-role-${change.roleId}`}
                sx={{ display: "block" }}
                aria-label={change.displayName}
              >
                <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 0.5 }}>
                  <Typography sx={{ fontWeight: 600, flexGrow: 1, minWidth: 0 }}>
                    <ServerName name={change.displayName} />
                  </Typography>
                  {result ? <ResultChip result={result} /> : null}
                </Stack>
                <PermissionChips label="Add" permissions={change.added} color="success" />
                <PermissionChips label="Remove" permissions={change.removed} color="error" />
                {result?.status === "failed" ? (
                  <Alert severity="error" sx={{ mt: 1 }}>
                    {errorText(result.error)} Your changes to this role are kept; you can try again.
                  </Alert>
                ) : null}
                {result?.status === "gone" ? (
                  <GoneRoleNotice change={result.change} onRecreate={onRecreate} onDiscard={onDiscardRole} errorText={errorText} />
                ) : null}
                {result?.status === "conflict" ? (
                  <Alert
                    severity="warning"
                    sx={{ mt: 1 }}
                    action={
                      <Button color="inherit" size="small" onClick={() => onRebase(result.serverRole)}>
                        Use server version and keep my changes
                      </Button>
                    }
                  >
                    This role changed on the server since the matrix was loaded, so it was not saved.
                    <PermissionChips label="Added there" permissions={result.addedOnServer} color="warning" />
                    <PermissionChips label="Removed there" permissions={result.removedOnServer} color="warning" />
                  </Alert>
                ) : null}
              </ListItem>
            );
          })}
        </List>
      </DialogContent>
      <DialogActions>
        {saving ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mr: "auto", ml: 1 }} role="status">
            <CircularProgress size={18} /> <span>Saving…</span>
          </Stack>
        ) : null}
        {/* The Save button the keyboard was on is gone once the results are in: focus goes to Close, so
            Escape, Enter and Tab keep working from inside the dialog. */}
        <Button key={done ? "close" : "cancel"} onClick={onClose} disabled={saving} autoFocus={done}>
          {done ? "Close" : "Cancel"}
        </Button>
        {done && failedCount > 0 ? (
          <Button variant="contained" onClick={onRetryFailed} disabled={saving}>
            Retry {failedCount === 1 ? "the failed role" : `the ${failedCount} failed roles`}
          </Button>
        ) : null}
        {!done ? (
          <Button variant="contained" onClick={onSave} disabled={saving || changes.length === 0}>
            Save {changes.length} {changes.length === 1 ? "role" : "roles"}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}

function ResultChip({ result }: { result: RoleSaveResult }) {
  if (result.status === "saved") return <Chip size="small" color="success" label="Saved" />;
  if (result.status === "conflict") return <Chip size="small" color="warning" label="Changed on the server" />;
  if (result.status === "gone") return <Chip size="small" color="error" label="Deleted on the server" />;
  return <Chip size="small" color="error" label="Failed" />;
}

function summary(results: readonly RoleSaveResult[] | null): string {
  const list = results ?? [];
  const saved = list.filter((r) => r.status === "saved").length;
  const failed = list.filter((r) => r.status === "failed").length;
  const conflicts = list.filter((r) => r.status === "conflict").length;
  const gone = list.filter((r) => r.status === "gone").length;
  const parts = [`${saved} saved`];
  if (failed) parts.push(`${failed} failed`);
  if (conflicts) parts.push(`${conflicts} changed on the server`);
  if (gone) parts.push(`${gone} deleted on the server`);
  return `${parts.join(", ")}.`;
}
