// The form-level banner for a failed save: the error's message plus every 422 detail that names no
// field of the form (details that do name one are shown under that field instead). None is dropped.
import { Alert, AlertTitle } from "@mui/material";
import type { ApiErrorDetail } from "../api/api-error";

export function ServerErrorBanner({ title, message, details }: { title: string; message?: string; details: readonly ApiErrorDetail[] }) {
  if (!message && details.length === 0) return null;
  return (
    <Alert severity="error" role="alert" data-testid="server-error-banner">
      <AlertTitle>{title}</AlertTitle>
      {message}
      {details.length > 0 ? (
        <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
          {details.map((d, i) => (
            <li key={`${d.code}-${i}`}>
              {d.message}
              {d.target ? ` (${d.target})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
