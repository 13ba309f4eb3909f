// The start page: opens the most recent iTwin straight away (on the first section the person can use);
// otherwise lists the iTwins to choose from, and tells a user who belongs to none what to do next. An
// organization administrator who is a member of no iTwin is offered every iTwin of the organization instead.
import { Alert, Box, CircularProgress, List, ListItem, ListItemButton, ListItemText, Paper, Typography } from "@mui/material";
import { Link as RouterLink, Navigate } from "react-router-dom";
import type { ITwin } from "../../../api/wire";
import { isApiError } from "../../../api/api-error";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { routes } from "../../../lib/routes";
import { usePageTitle } from "../../../components/page-title";
import { useRecentITwins } from "../api/recent-itwins";
import { useSearchITwins } from "../api/search-itwins";
import { useOrgAdmin } from "../../../api/queries/org-admin";
import { SCOPE_LABELS } from "../itwin-scope";
import { ServerName } from "../../../components/ServerName";

export function HomePage() {
  const recents = useRecentITwins();
  const all = useSearchITwins("");
  const orgAdmin = useOrgAdmin();
  const first = recents.data?.[0] ?? all.data?.[0];
  const offerOrganization = (orgAdmin === "yes" || orgAdmin === "unknown") && all.isSuccess && all.data.length === 0;
  const organization = useSearchITwins("", "organization", offerOrganization);
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
      {offerOrganization ? (
        <Box component="section" aria-labelledby="org-itwins-title" sx={{ mt: 3 }}>
          <Typography id="org-itwins-title" variant="h6" component="h2">
            {SCOPE_LABELS.organization}
          </Typography>
          <OrganizationITwins
            orgAdmin={orgAdmin}
            pending={organization.isPending}
            error={organization.error}
            iTwins={organization.data}
            onRetry={() => void organization.refetch()}
          />
        </Box>
      ) : null}
    </Paper>
  );
}

function OrganizationITwins(props: {
  orgAdmin: "yes" | "unknown";
  pending: boolean;
  error: Error | null;
  iTwins?: ITwin[];
  onRetry: () => void;
}) {
  if (props.pending)
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", py: 2 }} role="status">
        <CircularProgress size={20} /> Loading the organization&apos;s iTwins…
      </Box>
    );
  if (props.error) {
    if (isApiError(props.error) && props.error.status === 403)
      return (
        <Alert severity="info" sx={{ mt: 1 }}>
          The server refused to list the organization&apos;s iTwins: only organization administrators may, and you are not one.
        </Alert>
      );
    return <ApiErrorAlert error={props.error} action="Loading the organization's iTwins" onRetry={props.onRetry} />;
  }
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {props.orgAdmin === "yes"
          ? "As an organization administrator you can administer these without being a member."
          : "If you are an organization administrator you can administer these without being a member."}
      </Typography>
      {props.iTwins && props.iTwins.length > 0 ? (
        <List>
          {props.iTwins.map((t) => (
            <ListItem key={t.id} disablePadding>
              <ListItemButton component={RouterLink} to={routes.iTwin.to({ iTwinId: t.id })}>
                <ListItemText primary={<ServerName name={t.displayName} />} secondary={t.number ? <ServerName name={t.number} /> : null} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography sx={{ mt: 1 }}>The organization has no iTwins.</Typography>
      )}
    </>
  );
}
