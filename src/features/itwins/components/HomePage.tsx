// The start page: opens the most recent iTwin straight away (on the first section the person can use); otherwise lists the iTwins to choose from,
// and tells a user who belongs to none what to do next.
import { Box, CircularProgress, List, ListItemButton, ListItemText, Paper, Typography } from "@mui/material";
import { Link as RouterLink, Navigate } from "react-router-dom";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { routes } from "../../../lib/routes";
import { usePageTitle } from "../../../components/page-title";
import { useRecentITwins } from "../api/recent-itwins";
import { useSearchITwins } from "../api/search-itwins";

export function HomePage() {
  const recents = useRecentITwins();
  const all = useSearchITwins("");
  const first = recents.data?.[0] ?? all.data?.[0];
  usePageTitle("Start");

  if (recents.isPending || (all.isPending && !recents.data?.length)) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 4 }} role="status">
        <CircularProgress size={20} /> Finding your iTwins…
      </Box>
    );
  }
  if (first) return <Navigate to={routes.iTwin.to({ iTwinId: first.id })} replace />;
  if (all.isError)
    return (
      <Box sx={{ p: 3 }}>
        <ApiErrorAlert error={all.error} action="Loading your iTwins" onRetry={() => void all.refetch()} />
      </Box>
    );
  return (
    <Paper sx={{ m: 3, p: 4, maxWidth: 640 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        You are not a member of any iTwin yet
      </Typography>
      <Typography>
        This console shows the iTwins you belong to. Ask an iTwin owner or your organization administrator to add you, or paste an iTwin id
        in the picker above.
      </Typography>
      {all.data && all.data.length > 0 ? (
        <List>
          {all.data.map((t) => (
            <ListItemButton key={t.id} component={RouterLink} to={routes.iTwin.to({ iTwinId: t.id })}>
              <ListItemText primary={t.displayName} secondary={t.number} />
            </ListItemButton>
          ))}
        </List>
      ) : null}
    </Paper>
  );
}
