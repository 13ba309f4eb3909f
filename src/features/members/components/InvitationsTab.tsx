// Pending invitations: who was invited, by whom and when, with which roles, when it expires (seven days
// after it was sent); cancel one or many. Expired ones, if the server still lists them, are flagged apart.
import { useState } from "react";
import { Checkbox } from "@mui/material";
import { runPaced } from "../../../lib/run-paced";
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState<{ open: boolean; busy: boolean; failed: string[] }>({ open: false, busy: false, failed: [] });

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
  const expired = invitations.data.filter((i) => i.status === "Pending" && !(Date.parse(i.expirationDate) > now));
  const chosen = pending.filter((i) => selected.has(i.id));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const cancelChosen = async () => {
    setBulk({ open: true, busy: true, failed: [] });
    const results = await runPaced(chosen, (i) => cancel.mutateAsync(i.id), { concurrency: 3 });
    const failed = chosen.filter((_, k) => !results[k]!.ok).map((i) => i.email);
    setSelected(new Set(chosen.filter((_, k) => !results[k]!.ok).map((i) => i.id)));
    setBulk({ open: failed.length > 0, busy: false, failed });
    if (failed.length < chosen.length)
      onMessage(`${chosen.length - failed.length} invitation${chosen.length - failed.length === 1 ? " was" : "s were"} cancelled.`);
  };
  if (pending.length === 0 && expired.length === 0)
    return (
      <Alert severity="info">
        No pending invitations. People outside your organization added on the Users tab are invited by e-mail and show up here.
      </Alert>
    );

  return (
    <Box>
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", mb: 1, flexWrap: "wrap" }}>
        <Typography color="text.secondary">
          {pending.length} pending invitation{pending.length === 1 ? "" : "s"}. You see the invitations you sent; owners see all.
          Invitations expire seven days after they are sent.
        </Typography>
        <Button
          size="small"
          color="error"
          variant="outlined"
          disabled={chosen.length === 0 || bulk.busy}
          onClick={() => setBulk({ open: true, busy: false, failed: [] })}
        >
          Cancel selected ({chosen.length})
        </Button>
      </Box>
      <TableContainer>
        <Table size="small" aria-label="Pending invitations">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={pending.length > 0 && chosen.length === pending.length}
                  indeterminate={chosen.length > 0 && chosen.length < pending.length}
                  onChange={() => setSelected(chosen.length === pending.length ? new Set() : new Set(pending.map((i) => i.id)))}
                  slotProps={{ input: { "aria-label": "Select every pending invitation" } }}
                />
              </TableCell>
              <TableCell>E-mail</TableCell>
              <TableCell>Invited by</TableCell>
              <TableCell>Sent</TableCell>
              <TableCell>Roles</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pending.map((i) => (
              <TableRow key={i.id} data-testid="invitation-row">
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selected.has(i.id)}
                    onChange={() => toggle(i.id)}
                    slotProps={{ input: { "aria-label": `Select the invitation of ${i.email}` } }}
                  />
                </TableCell>
                <TableCell>{i.email}</TableCell>
                <TableCell>{i.invitedByEmail}</TableCell>
                <TableCell title={new Date(i.createdDate).toLocaleString()}>{new Date(i.createdDate).toLocaleDateString()}</TableCell>
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
      {expired.length > 0 ? (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2" component="h2">
            Expired ({expired.length})
          </Typography>
          <Table size="small" aria-label="Expired invitations">
            <TableHead>
              <TableRow>
                <TableCell>E-mail</TableCell>
                <TableCell>Invited by</TableCell>
                <TableCell>Expired</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {expired.map((i) => (
                <TableRow key={i.id} data-testid="expired-invitation-row">
                  <TableCell>
                    {i.email} <Chip size="small" color="warning" label="Expired" />
                  </TableCell>
                  <TableCell>{i.invitedByEmail}</TableCell>
                  <TableCell>{new Date(i.expirationDate).toLocaleDateString()}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="body2" color="text.secondary">
            An expired invitation can no longer be accepted; invite the person again.
          </Typography>
        </Box>
      ) : null}
      <ConfirmDialog
        open={bulk.open}
        title={`Cancel ${chosen.length} invitation${chosen.length === 1 ? "" : "s"}?`}
        confirmLabel="Cancel invitations"
        destructive
        busy={bulk.busy}
        onCancel={() => setBulk({ open: false, busy: false, failed: [] })}
        onConfirm={() => void cancelChosen()}
      >
        <Typography>{`${chosen.map((i) => i.email).join(", ")} can no longer accept ${chosen.length === 1 ? "it" : "them"}.`}</Typography>
        {bulk.failed.length > 0 ? (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            Not cancelled: {bulk.failed.join(", ")}. They stay selected; try again.
          </Alert>
        ) : null}
      </ConfirmDialog>
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
