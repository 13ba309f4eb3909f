// One member list for every member kind (users, groups, owners, invitations), the way one data table
// serves every list of an admin console: a toolbar (search, how many, CSV, add), the loading, error,
// empty and no-match states, the rows, the confirmation that removes one member and the role editor.
// Each kind passes its own words, columns and actions (the removal and editing from
// member-list-actions); the users list passes its server-paged grid as rows.
import type { ReactNode } from "react";
import { Alert, Box, Button, CircularProgress, Stack, Typography } from "@mui/material";
import DownloadIcon from "@mui/icons-material/Download";
import { isApiError } from "../../../api/api-error";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { SearchField } from "../../../components/SearchField";
import { useFocusAfterRemoval } from "../../../components/use-focus-after-removal";
import { MemberRoleEditor, type EditableMember } from "./MemberRoleEditor";

export interface MemberListSearch {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (text: string) => void;
}

export interface MemberListRemoval {
  open: boolean;
  title: string;
  confirmLabel: string;
  /** What removing does, in plain words (names as ServerName). */
  text: ReactNode;
  busy: boolean;
  error: unknown;
  errorAction: string;
  requiredPermission?: string;
  onCancel: () => void;
  onConfirm: () => void;
}

export interface MemberListEditing {
  iTwinId: string;
  /** The member whose roles are being edited; null while the editor is closed. */
  member: EditableMember | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

export interface MemberListProps {
  /** What is loading, e.g. "Loading group members…"; set while the first load is under way. */
  loading?: string;
  /** The list failed to load. */
  error?: { error: unknown; action: string; onRetry: () => void };
  search?: MemberListSearch;
  /** "3 of 12 group members": the list's size, with its test id. */
  total?: { text: ReactNode; testId: string };
  onExport?: () => void;
  exportDisabled?: boolean;
  addButton?: ReactNode;
  /** Shown instead of the rows when the kind has no member at all. */
  empty?: ReactNode;
  /** Shown instead of the rows when the search matches nobody. */
  noMatch?: string;
  /** Notices between the toolbar and the rows (progress, failures, missing users). */
  notices?: ReactNode;
  removal?: MemberListRemoval;
  /** The role editor, for the kinds that hold roles. */
  editing?: MemberListEditing;
  /** The rows (a table or a grid); also dialogs the kind opens. */
  children?: ReactNode;
  dialogs?: ReactNode;
}

export function MemberListLoading({ label }: { label: string }) {
  return (
    <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
      <CircularProgress size={20} /> {label}
    </Box>
  );
}

export function MemberList(props: MemberListProps) {
  const { loading, error, search, total, onExport, addButton, empty, noMatch, notices, removal, editing, children, dialogs } = props;
  // A removed member takes its row's buttons with it: focus goes to the row that took its place.
  const keepFocus = useFocusAfterRemoval<HTMLDivElement>();
  if (loading) return <MemberListLoading label={loading} />;
  if (error) return <ApiErrorAlert error={error.error} action={error.action} onRetry={error.onRetry} />;
  const toolbar = search || onExport || addButton;
  return (
    <Stack spacing={2} {...keepFocus}>
      {toolbar ? (
        <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
          {search ? <SearchField {...search} sx={{ minWidth: 300 }} /> : null}
          {total ? (
            <Typography sx={{ flexGrow: 1 }} color="text.secondary" data-testid={total.testId} aria-live="polite">
              {total.text}
            </Typography>
          ) : null}
          {onExport ? (
            <Button startIcon={<DownloadIcon />} onClick={onExport} disabled={props.exportDisabled}>
              Export CSV
            </Button>
          ) : null}
          {addButton}
        </Stack>
      ) : total ? (
        <Typography color="text.secondary" data-testid={total.testId}>
          {total.text}
        </Typography>
      ) : null}
      {notices}
      {empty ?? (noMatch ? <Typography>{noMatch}</Typography> : children)}
      {editing?.member ? (
        <MemberRoleEditor iTwinId={editing.iTwinId} member={editing.member} onClose={editing.onClose} onSaved={editing.onSaved} />
      ) : null}
      {dialogs}
      {removal ? <RemoveMemberDialog {...removal} /> : null}
    </Stack>
  );
}

function RemoveMemberDialog(removal: MemberListRemoval) {
  return (
    <ConfirmDialog
      open={removal.open}
      title={removal.title}
      confirmLabel={removal.confirmLabel}
      destructive
      busy={removal.busy}
      onCancel={removal.onCancel}
      onConfirm={removal.onConfirm}
    >
      {removal.open ? (
        <>
          <Typography>{removal.text}</Typography>
          {removal.error ? (
            <Box sx={{ mt: 2 }}>
              <ApiErrorAlert error={removal.error} action={removal.errorAction} requiredPermission={removal.requiredPermission} />
              {/* The server's reasons (e.g. an iTwin keeps its last owner) beside the action they refuse. */}
              {isApiError(removal.error) && removal.error.details.length > 0 ? (
                <Box component="ul" sx={{ mt: 1, mb: 0, pl: 3 }} data-testid="removal-details">
                  {removal.error.details.map((d, i) => (
                    <li key={i}>{d.message}</li>
                  ))}
                </Box>
              ) : null}
            </Box>
          ) : null}
        </>
      ) : null}
    </ConfirmDialog>
  );
}

/** An info notice for a kind with no member yet, with an optional action. */
export function NoMembers({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Alert severity="info" action={action}>
      {children}
    </Alert>
  );
}
