// Pending invitations (listInvitations): who was invited, by whom and when, with which roles, when it
// expires (seven days after it was sent). Cancel one (cancelInvitation, through the member list's
// confirmation) or many at once; expired ones, if the server still lists them, are flagged apart.
import { Fragment, useState } from "react";
import { Alert, Box, Button, Checkbox, Chip, Typography } from "@mui/material";
import type { MemberInvitation } from "../../../api/wire";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { runPaced } from "../../../lib/run-paced";
import { useCancelInvitation } from "../api/cancel-invitation";
import { useInvitations } from "../api/get-invitations";
import { expiryText } from "../invitation-expiry";
import { MemberList, NoMembers } from "./MemberList";
import { MemberTable, RoleChips } from "./MemberTable";
import { useMemberRemoval } from "./member-list-actions";
import { ServerName } from "../../../components/ServerName";

export function InvitationsTab({ iTwinId, onMessage }: { iTwinId: string; onMessage: (m: string) => void }) {
  const invitations = useInvitations(iTwinId);
  const cancel = useCancelInvitation(iTwinId);
  const { ask: askCancel, removal } = useMemberRemoval({
    mutation: cancel,
    variables: (invitation: MemberInvitation) => invitation.id,
    title: "Cancel invitation?",
    confirmLabel: "Cancel invitation",
    text: (invitation) => (
      <>
        <ServerName name={invitation.email} /> can no longer accept this invitation.
      </>
    ),
    errorAction: "Cancelling the invitation",
    removed: (invitation) => `The invitation of ${invitation.email} was cancelled.`,
    onMessage,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState<{ open: boolean; busy: boolean; failed: string[] }>({ open: false, busy: false, failed: [] });

  const now = Date.now();
  const all = (invitations.data ?? []).filter((i) => i.status === "Pending");
  const pending = all.filter((i) => Date.parse(i.expirationDate) > now);
  const expired = all.filter((i) => !(Date.parse(i.expirationDate) > now));
  const chosen = pending.filter((i) => selected.has(i.id));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  const cancelChosen = async () => {
    setBulk({ open: true, busy: true, failed: [] });
    const results = await runPaced(chosen, (i) => cancel.mutateAsync(i.id), { concurrency: 3 });
    const failedOnes = chosen.filter((_, k) => !results[k]!.ok);
    setSelected(new Set(failedOnes.map((i) => i.id)));
    setBulk({ open: failedOnes.length > 0, busy: false, failed: failedOnes.map((i) => i.email) });
    const done = chosen.length - failedOnes.length;
    if (done > 0) onMessage(`${done} invitation${done === 1 ? " was" : "s were"} cancelled.`);
  };

  return (
    <MemberList
      loading={invitations.isPending ? "Loading invitations…" : undefined}
      error={
        invitations.isError
          ? { error: invitations.error, action: "Loading invitations", onRetry: () => void invitations.refetch() }
          : undefined
      }
      total={
        pending.length > 0
          ? {
              testId: "invitations-total",
              text: `${pending.length} pending invitation${pending.length === 1 ? "" : "s"}. You see the invitations you sent; owners see all. Invitations expire seven days after they are sent.`,
            }
          : undefined
      }
      addButton={
        pending.length > 0 ? (
          <Box sx={{ display: "flex", gap: 1 }}>
            <Button
              size="small"
              onClick={() => setSelected(chosen.length === pending.length ? new Set() : new Set(pending.map((i) => i.id)))}
            >
              {chosen.length === pending.length ? "Select none" : "Select all"}
            </Button>
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
        ) : undefined
      }
      empty={
        pending.length === 0 ? (
          <NoMembers>
            No pending invitations. People outside your organization added on the Users tab are invited by e-mail and show up here.
          </NoMembers>
        ) : undefined
      }
      removal={removal}
      dialogs={
        <>
          {expired.length > 0 ? <ExpiredInvitations expired={expired} /> : null}
          <ConfirmDialog
            open={bulk.open}
            title={`Cancel ${chosen.length} invitation${chosen.length === 1 ? "" : "s"}?`}
            confirmLabel="Cancel invitations"
            destructive
            busy={bulk.busy}
            onCancel={() => setBulk({ open: false, busy: false, failed: [] })}
            onConfirm={() => void cancelChosen()}
          >
            <Typography>
              {chosen.map((i, n) => (
                <Fragment key={i.id}>
                  {n > 0 ? ", " : null}
                  <ServerName name={i.email} />
                </Fragment>
              ))}{" "}
              can no longer accept {chosen.length === 1 ? "it" : "them"}.
            </Typography>
            {bulk.failed.length > 0 ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                Not cancelled: {bulk.failed.join(", ")}. They stay selected; try again.
              </Alert>
            ) : null}
          </ConfirmDialog>
        </>
      }
    >
      <MemberTable
        label="Pending invitations"
        rows={pending}
        rowTestId="invitation-row"
        columns={[
          {
            header: "Select",
            cell: (i) => (
              <Checkbox
                size="small"
                checked={selected.has(i.id)}
                onChange={() => toggle(i.id)}
                slotProps={{ input: { "aria-label": `Select the invitation of ${i.email}` } }}
              />
            ),
          },
          { header: "E-mail", cell: (i) => <ServerName name={i.email} /> },
          { header: "Invited by", cell: (i) => <ServerName name={i.invitedByEmail} /> },
          {
            header: "Sent",
            cell: (i) => new Date(i.createdDate).toLocaleDateString(),
            cellProps: (i) => ({ title: new Date(i.createdDate).toLocaleString() }),
          },
          { header: "Roles", cell: (i) => <RoleChips roles={i.roles ?? []} /> },
          {
            header: "Expires",
            cell: (i) => expiryText(i.expirationDate, now),
            cellProps: (i) => ({ title: new Date(i.expirationDate).toLocaleString() }),
          },
          {
            header: "Actions",
            align: "right",
            cell: (i) => (
              <Button size="small" color="error" onClick={() => askCancel(i)} aria-label={`Cancel the invitation of ${i.email}`}>
                Cancel invitation
              </Button>
            ),
          },
        ]}
      />
    </MemberList>
  );
}

function ExpiredInvitations({ expired }: { expired: readonly MemberInvitation[] }) {
  return (
    <Box component="section" aria-labelledby="expired-invitations-title">
      <Typography variant="subtitle2" component="h2" id="expired-invitations-title">
        Expired ({expired.length})
      </Typography>
      <MemberTable
        label="Expired invitations"
        rows={expired}
        rowTestId="expired-invitation-row"
        columns={[
          {
            header: "E-mail",
            cell: (i) => (
              <>
                <ServerName name={i.email} /> <Chip size="small" color="warning" label="Expired" />
              </>
            ),
          },
          { header: "Invited by", cell: (i) => <ServerName name={i.invitedByEmail} /> },
          { header: "Expired on", cell: (i) => new Date(i.expirationDate).toLocaleDateString() },
        ]}
      />
      <Typography variant="body2" color="text.secondary">
        An expired invitation can no longer be accepted; invite the person again.
      </Typography>
    </Box>
  );
}
