// Pending invitations (I1): who was invited, by whom, with which roles, when it expires; cancel (I3).
import { useState } from "react";
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import type { MemberInvitation } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useCancelInvitation } from "../api/cancel-invitation";
import { useInvitations } from "../api/get-invitations";
import { expiryText } from "../invitation-expiry";

export function InvitationsTab({ iTwinId, onMessage }: { iTwinId: string; onMessage: (m: string) => void }) {
  const invitations = useInvitations(iTwinId);
  const cancel = useCancelInvitation(iTwinId);
  const [cancelling, setCancelling] = useState<MemberInvitation | null>(null);

  if (invitations.isPending) {
    return (
      <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
        <CircularProgress size={20} /> Loading invitations…
      </Box>
    );
  }
  if (invitations.isError)
    return <ApiErrorAlert error={invitations.error} action="Loading invitations" onRetry={() => void invitations.refetch()} />;
  const now = Date.now();
  const pending = invitations.data.filter((i) => i.status === "Pending" && Date.parse(i.expirationDate) > now);
  if (pending.length === 0)
    return (
      <Alert severity="info">
        No pending invitations. People outside your organization added on the Users tab are invited by e-mail and show up here.
      </Alert>
    );

  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {pending.length} pending invitation{pending.length === 1 ? "" : "s"}. You see the invitations you sent; owners see all.
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Pending invitations">
          <TableHead>
            <TableRow>
              <TableCell>E-mail</TableCell>
              <TableCell>Invited by</TableCell>
              <TableCell>Roles</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pending.map((i) => (
              <TableRow key={i.id} data-testid="invitation-row">
                <TableCell>{i.email}</TableCell>
                <TableCell>{i.invitedByEmail}</TableCell>
                <TableCell>
                  <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
                    {(i.roles ?? []).map((r) => (
                      <Chip key={r.id} size="small" label={r.displayName} />
                    ))}
                  </Box>
                </TableCell>
                <TableCell title={new Date(i.expirationDate).toLocaleString()}>{expiryText(i.expirationDate, now)}</TableCell>
                <TableCell align="right">
                  <Button size="small" color="error" onClick={() => setCancelling(i)} aria-label={`Cancel the invitation of ${i.email}`}>
                    Cancel invitation
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ConfirmDialog
        open={cancelling !== null}
        title="Cancel invitation?"
        confirmLabel="Cancel invitation"
        destructive
        busy={cancel.isPending}
        onCancel={() => {
          setCancelling(null);
          cancel.reset();
        }}
        onConfirm={() =>
          cancelling &&
          cancel.mutate(cancelling.id, {
            onSuccess: () => {
              onMessage(`The invitation of ${cancelling.email} was cancelled.`);
              setCancelling(null);
            },
          })
        }
      >
        {cancelling ? (
          <>
            <Typography>{`${cancelling.email} can no longer accept this invitation.`}</Typography>
            {cancel.isError ? (
              <Box sx={{ mt: 2 }}>
                <ApiErrorAlert error={cancel.error} action="Cancelling the invitation" />
              </Box>
            ) : null}
          </>
        ) : null}
      </ConfirmDialog>
    </Box>
  );
}
