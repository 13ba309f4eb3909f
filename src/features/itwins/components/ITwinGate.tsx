// Wraps every /itwins/:iTwinId page: loads the iTwin, records it as recent, and says plainly when the
// signed-in user has no access to it instead of showing an empty page. The pages do not depend on the
// iTwins API answering: it shows an iTwin to its members only, while an organization administrator may
// administer any iTwin of the organization through Access Control. So when the iTwin cannot be loaded,
// the caller's Access Control permissions on it decide, and the page says what it could not load.
import { useEffect, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, CircularProgress, Paper, Typography } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { isApiError } from "../../../api/api-error";
import { useMyPermissions } from "../../../api/queries/my-permissions";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { routes } from "../../../lib/routes";
import { useITwin } from "../api/get-itwin";
import { markRecentOnce } from "../api/recent-itwins";
import { useApiClient } from "../../../api/client-context";

export function ITwinGate({ iTwinId, children }: { iTwinId: string; children: ReactNode }) {
  const iTwin = useITwin(iTwinId);
  const queryClient = useQueryClient();
  const client = useApiClient();
  // Started with the iTwin, not after it failed: the page needs them anyway.
  const permissions = useMyPermissions(iTwinId);
  // Once per iTwin opened, not again when a background refetch brings a new copy of it (the first
  // screen's requests usually marked it already).
  useEffect(() => {
    if (iTwin.data) markRecentOnce(queryClient, client, iTwin.data);
  }, [iTwin.data, queryClient, client]);

  const refused = iTwin.isError && isApiError(iTwin.error) && (iTwin.error.status === 404 || iTwin.error.status === 403);
  if (iTwin.isPending || (refused && permissions.isPending)) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 4 }} role="status">
        <CircularProgress size={20} /> Loading iTwin…
      </Box>
    );
  }
  // The notice sits before the page in the same place either way, so the page is never remounted (and its
  // requests never cancelled and sent again) when a later answer brings the iTwin after all.
  const administeredOnly = refused && permissions.data !== undefined && permissions.data.size > 0;
  const notice = administeredOnly ? (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="itwin-details-unavailable">
      This iTwin&apos;s name and details could not be loaded: the iTwins API shows them to its members only, and you are not one. You
      administer it through Access Control (as an organization administrator), so everything below works; the iTwin is shown by its id{" "}
      <code>{iTwinId}</code>.
    </Alert>
  ) : null;
  if (refused && !administeredOnly) {
    const permissionStatus = isApiError(permissions.error) ? permissions.error.status : undefined;
    if (permissions.isError && permissionStatus !== 404 && permissionStatus !== 403) {
      return (
        <Box sx={{ p: 3 }}>
          <ApiErrorAlert error={permissions.error} action="Checking your access to the iTwin" onRetry={() => void permissions.refetch()} />
        </Box>
      );
    }
    return <NoAccess iTwinId={iTwinId} />;
  }
  if (iTwin.isError && !administeredOnly) {
    return (
      <Box sx={{ p: 3 }}>
        <ApiErrorAlert error={iTwin.error} action="Loading the iTwin" onRetry={() => void iTwin.refetch()} />
      </Box>
    );
  }
  return (
    <>
      {notice}
      {children}
    </>
  );
}

function NoAccess({ iTwinId }: { iTwinId: string }) {
  return (
    <Paper sx={{ m: 3, p: 4, maxWidth: 640 }} role="alert" aria-labelledby="no-access-title">
      <Typography id="no-access-title" variant="h5" component="h1" gutterBottom>
        No access to this iTwin
      </Typography>
      <Typography>
        You are not a member of the iTwin <code>{iTwinId}</code>, or it does not exist. Ask an iTwin owner or your organization
        administrator to add you, or choose another iTwin.
      </Typography>
      <Button component={RouterLink} to={routes.home.to()} variant="contained" sx={{ mt: 3 }}>
        Choose another iTwin
      </Button>
    </Paper>
  );
}
