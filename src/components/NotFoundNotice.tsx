// What a screen shows when the thing it was showing or editing is gone (a 404: deleted or removed
// elsewhere): says so plainly, keeps the server's message as text, and offers the way back.
import { Alert, AlertTitle, Button } from "@mui/material";
import { isApiError } from "../api/api-error";

export interface NotFoundNoticeProps {
  /** e.g. "The role “Reader” no longer exists". */
  title: string;
  /** What probably happened and what the user can do. */
  children?: React.ReactNode;
  backLabel: string;
  onBack: () => void;
}

export function NotFoundNotice({ title, children, backLabel, onBack }: NotFoundNoticeProps) {
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="not-found-notice"
      action={
        <Button color="inherit" size="small" onClick={onBack}>
          {backLabel}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {children}
    </Alert>
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}
