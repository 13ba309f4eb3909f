// What the signed-in person may do on this iTwin, for someone who may not look into other people's
// access: the roles they hold directly and every permission they end up with (listMyPermissions, which
// counts groups and account roles too), by readable name.
import { Box, Chip, CircularProgress, Paper, Stack, Typography } from "@mui/material";
import { useMe } from "../../../api/queries/me";
import { useMyPermissions } from "../../../api/queries/my-permissions";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { PermissionName } from "../../../components/PermissionName";
import { ServerName } from "../../../components/ServerName";
import { plural } from "../../../lib/plural";
import { useMyMember } from "../api/my-member";

export function OwnAccessPanel({ iTwinId }: { iTwinId: string }) {
  const me = useMe();
  const permissions = useMyPermissions(iTwinId);
  const member = useMyMember(iTwinId, me.data?.id);
  const held = permissions.data ? [...permissions.data].sort() : undefined;
  const roles = member.data?.roles ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="own-access-title" data-testid="own-access">
      <Typography variant="h6" component="h2" id="own-access-title">
        Your own access on this iTwin
      </Typography>
      {permissions.isError ? (
        <ApiErrorAlert error={permissions.error} action="Loading your permissions" onRetry={() => void permissions.refetch()} />
      ) : !held ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }} role="status">
          <CircularProgress size={16} /> <span>Loading your permissions…</span>
        </Stack>
      ) : (
        <>
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="own-roles">
            {member.isPending && me.data ? (
              "Loading your roles…"
            ) : roles.length === 0 ? (
              "You hold no role directly on this iTwin (what you may do comes through a group, an account role or ownership)."
            ) : (
              <>
                Your roles:{" "}
                {roles.map((r, i) => (
                  <span key={r.id}>
                    {i > 0 ? ", " : null}
                    <ServerName name={r.displayName} />
                  </span>
                ))}
              </>
            )}
          </Typography>
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="own-permission-count">
            {held.length === 0 ? "You hold no permission on this iTwin." : `You hold ${plural(held.length, "permission")}:`}
          </Typography>
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 0.5 }} role="list" aria-label="Your permissions">
            {held.map((p) => (
              <Chip key={p} role="listitem" size="small" label={<PermissionName permission={p} />} />
            ))}
          </Box>
        </>
      )}
    </Paper>
  );
}
