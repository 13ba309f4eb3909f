// The invitations a group sent to e-mails that are not users yet (Account iTwin): who, by whom, when
// they expire; each can be cancelled.
import { Alert, Box, Button, List, ListItem, ListItemText, Typography } from "@mui/material";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { useCancelGroupInvitation } from "../api/group-changes";
import { useGroupInvitations } from "../api/group-invitations";
import { ServerName } from "../../../components/ServerName";

export function GroupInvitations({ iTwinId, groupId }: { iTwinId: string; groupId: string }) {
  const invitations = useGroupInvitations(iTwinId, groupId);
  const cancel = useCancelGroupInvitation(iTwinId, groupId);
  if (invitations.isPending) return <Typography role="status">Loading group invitations…</Typography>;
  if (invitations.isError) return <ApiErrorAlert error={invitations.error} action="Loading group invitations" />;
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        Group invitations
      </Typography>
      {invitations.data.length === 0 ? (
        <Typography color="text.secondary">No pending group invitations.</Typography>
      ) : (
        <List dense aria-label="Group invitations">
          {invitations.data.map((i) => (
            <ListItem
              key={i.id}
              secondaryAction={
                <Button
                  size="small"
                  color="error"
                  disabled={cancel.isPending}
                  onClick={() => cancel.mutate(i)}
                  aria-label={`Cancel the group invitation of ${i.email}`}
                >
                  Cancel
                </Button>
              }
            >
              <ListItemText
                primary={<ServerName name={i.email} />}
                secondary={
                  <>
                    Invited by <ServerName name={i.invitedByEmail} />; expires {new Date(i.expirationDate).toLocaleDateString()}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      {cancel.isError ? <ApiErrorAlert error={cancel.error} action="Cancelling the group invitation" /> : null}
      {cancel.isSuccess ? (
        <Alert severity="success" role="status">
          The invitation was cancelled.
        </Alert>
      ) : null}
    </Box>
  );
}
