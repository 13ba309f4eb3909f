// What a screen shows when the thing it was showing or editing is gone (a 404: deleted or removed
// elsewhere): says so plainly, keeps the server's message as text, and offers the way back — and, for
// an editor with unsaved changes, the ways on (`actions`: e.g. create it again with those changes).
import { Alert, AlertTitle, Button, Stack } from "@mui/material";
import { isApiError } from "../api/api-error";

export interface NotFoundNoticeProps {
  /** e.g. "The role “Reader” no longer exists". */
  title: React.ReactNode;
  /** What probably happened and what the user can do. */
  children?: React.ReactNode;
  backLabel: string;
  onBack: () => void;
  /** Further choices shown under the text (buttons), before the way back. */
  actions?: React.ReactNode;
  /** While one of the actions runs, the way back waits. */
  busy?: boolean;
}

export function NotFoundNotice({ title, children, backLabel, onBack, actions, busy }: NotFoundNoticeProps) {
  const back = (
    <Button color="inherit" size="small" onClick={onBack} disabled={busy}>
      {backLabel}
    </Button>
  );
  return (
    <Alert severity="warning" role="alert" data-testid="not-found-notice" action={actions ? undefined : back}>
      <AlertTitle>{title}</AlertTitle>
      {children}
      {actions ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap", rowGap: 1 }}>
          {actions}
          {back}
        </Stack>
      ) : null}
    </Alert>
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}
