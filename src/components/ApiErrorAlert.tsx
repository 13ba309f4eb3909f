// How a failed request looks everywhere: the server's message (as text), what it means for the user,
// the permission a 403 needs, the correlation id for support, and a retry button when retrying helps.
import { Alert, AlertTitle, Button, Typography } from "@mui/material";
import { isApiError } from "../api/api-error";

export interface ApiErrorAlertProps {
  error: unknown;
  /** What the user was doing, e.g. "Loading roles". */
  action: string;
  /** The permission this action needs; named when the server answers 403. */
  requiredPermission?: string;
  onRetry?: () => void;
}

export function ApiErrorAlert({ error, action, requiredPermission, onRetry }: ApiErrorAlertProps) {
  const apiError = isApiError(error) ? error : undefined;
  const status = apiError?.status;
  const title =
    status === 403
      ? `${action} is not allowed`
      : status === 404
        ? `${action} failed: not found`
        : status === 0
          ? `${action} failed: the server could not be reached`
          : status === 429
            ? `${action} failed: the server is still rate-limiting requests`
            : `${action} failed`;
  const message = error instanceof Error ? error.message : "Something went wrong.";
  return (
    <Alert
      severity={status === 403 ? "warning" : "error"}
      role="alert"
      action={
        onRetry && status !== 403 ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {message}
      {status === 429 ? (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          The console waited and retried several times. Nothing was changed; wait a moment, then try again.
        </Typography>
      ) : null}
      {status === 403 && requiredPermission ? (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          This needs the permission <code>{requiredPermission}</code> on this iTwin. Ask an iTwin owner or organization administrator to
          grant a role that includes it.
        </Typography>
      ) : null}
      {apiError?.correlationId ? (
        <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
          Correlation id: {apiError.correlationId}
        </Typography>
      ) : null}
    </Alert>
  );
}
