// What the users list says between its toolbar and its rows: the first load, loading every member
// for a search or sort (with a count), failures, and missing users (deleted from IMS) with a way to see them.
import { Alert, Box, Button, CircularProgress, LinearProgress, Typography } from "@mui/material";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";

export function UsersNotices(props: {
  loadingFirst: boolean;
  loadingRest?: { loaded: number; searching: boolean };
  allError?: { error: unknown; onRetry: () => void };
  exportError: unknown;
  missing: number;
  onShowMissing: () => void;
}) {
  const { loadingFirst, loadingRest, allError, exportError, missing, onShowMissing } = props;
  return (
    <>
      {loadingFirst ? (
        <Box role="status" sx={{ display: "flex", gap: 1, alignItems: "center" }}>
          <CircularProgress size={18} /> Loading members…
        </Box>
      ) : null}
      {loadingRest ? (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">
            Loading all members to {loadingRest.searching ? "search" : "sort"} them… {loadingRest.loaded} loaded so far. Showing matches
            among the members loaded already.
          </Typography>
          <LinearProgress />
        </Box>
      ) : null}
      {allError ? <ApiErrorAlert error={allError.error} action="Loading all members" onRetry={allError.onRetry} /> : null}
      {exportError ? <ApiErrorAlert error={exportError} action="Exporting members" /> : null}
      {missing > 0 ? (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={onShowMissing}>
              Show them
            </Button>
          }
        >
          {missing} missing user{missing === 1 ? "" : "s"} (deleted from Bentley IMS) still hold{missing === 1 ? "s" : ""} roles here. You
          can remove them.
        </Alert>
      ) : null}
    </>
  );
}
