// The short-lived "saved" confirmation of a page, announced politely to screen readers.
import { Alert, Snackbar } from "@mui/material";

export function SavedMessage({ message, onClose }: { message: string | null; onClose: () => void }) {
  return (
    <Snackbar open={message !== null} autoHideDuration={6000} onClose={onClose}>
      <Alert severity="success" onClose={onClose} role="status" variant="filled">
        {message}
      </Alert>
    </Snackbar>
  );
}
