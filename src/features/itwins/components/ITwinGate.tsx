// Wraps every /itwins/:iTwinId page: loads the iTwin, records it as recent, and says plainly when the
// signed-in user has no access to it instead of showing an empty page.
import { useEffect, useRef, type ReactNode } from "react";
import { Box, Button, CircularProgress, Paper, Typography } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { isApiError } from "../../../api/api-error";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { routes } from "../../../lib/routes";
import { useITwin } from "../api/get-itwin";
import { useMarkRecent } from "../api/recent-itwins";

export function ITwinGate({ iTwinId, children }: { iTwinId: string; children: ReactNode }) {
  const iTwin = useITwin(iTwinId);
  const markRecent = useMarkRecent();
  // Once per iTwin opened, not again when a background refetch brings a new copy of it.
  const markedId = useRef<string | null>(null);
  const { mutate } = markRecent;
  useEffect(() => {
    if (!iTwin.data || markedId.current === iTwin.data.id) return;
    markedId.current = iTwin.data.id;
    mutate(iTwin.data);
  }, [iTwin.data, mutate]);

  if (iTwin.isPending) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 4 }} role="status">
        <CircularProgress size={20} /> Loading iTwin…
      </Box>
    );
  }
  if (iTwin.isError) {
    const status = isApiError(iTwin.error) ? iTwin.error.status : undefined;
    if (status === 404 || status === 403) return <NoAccess iTwinId={iTwinId} />;
    return (
      <Box sx={{ p: 3 }}>
        <ApiErrorAlert error={iTwin.error} action="Loading the iTwin" onRetry={() => void iTwin.refetch()} />
      </Box>
    );
  }
  return <>{children}</>;
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
