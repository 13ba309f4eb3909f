// What the users list says between its toolbar and its rows: the first load, loading every member
// for a search or sort (with a count), failures, and missing users (deleted from IMS) with a way to see them.
import { Alert, Box, Button, CircularProgress, LinearProgress, Typography } from "@mui/material";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { plural } from "../../../lib/plural";
import { REMOVE_PERMISSION } from "./member-access";

export function UsersNotices(props: {
  loadingFirst: boolean;
  loadingRest?: { loaded: number; searching: boolean };
  allError?: { error: unknown; onRetry: () => void };
  exportError: unknown;
  missing: number;
  onShowMissing: () => void;
  /** Whether this person may remove members: only then is removing the missing ones offered. */
  mayRemove: boolean;
}) {
  const { loadingFirst, loadingRest, allError, exportError, missing, onShowMissing, mayRemove } = props;
  const them = missing === 1 ? "it" : "them";
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
          {plural(missing, "missing user")} (deleted from Bentley IMS) still {missing === 1 ? "holds" : "hold"} roles here.{" "}
          {mayRemove ? `You can remove ${them}.` : `Removing ${them} needs ${REMOVE_PERMISSION}, which you do not have here.`}
        </Alert>
      ) : null}
    </>
  );
}
