// The roles of the iTwin's Account iTwin, beside the matrix: they can be given on this iTwin (role
// pickers offer them) but are defined, and edited, on the account. Shown read-only with their
// permissions so the matrix's picture of "who can do what here" is complete.
import { Alert, Box, Chip, Paper, Stack, Typography } from "@mui/material";
import { useAccountRoles } from "../../../api/queries/account-roles";

export function AccountRolesPanel({ iTwinId, ownRoleIds }: { iTwinId: string; ownRoleIds: ReadonlySet<string> }) {
  const account = useAccountRoles(iTwinId);
  if (account.isPending) return null;
  if (account.isError)
    return (
      <Alert severity="info" data-testid="account-roles-unavailable">
        The roles of this iTwin&apos;s account could not be loaded ({account.error.message}). Members may also hold account roles, which are
        not shown here.
      </Alert>
    );
  const roles = account.data.roles.filter((r) => !ownRoleIds.has(r.id.toLowerCase()));
  if (roles.length === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="account-roles-title" data-testid="account-roles">
      <Typography id="account-roles-title" variant="h6" component="h2">
        Account roles
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Defined on the account {account.data.accountName ?? ""}: they can be given to members of this iTwin and are edited on the account.
      </Typography>
      <Stack spacing={1}>
        {roles.map((r) => (
          <Box key={r.id} data-testid="account-role">
            <Typography component="span" sx={{ fontWeight: 600 }}>
              {r.displayName}
            </Typography>{" "}
            <Chip size="small" variant="outlined" label="Account role" />
            <Typography variant="body2" color="text.secondary">
              {(r.permissions ?? []).length > 0 ? (r.permissions ?? []).join(", ") : "No permissions"}
            </Typography>
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}
