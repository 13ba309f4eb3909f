// Pending invitations (listInvitations): who was invited, by whom, with which roles, when it expires;
// cancelling one (cancelInvitation) goes through the member list's removal confirmation.
import { useState } from "react";
import { Button } from "@mui/material";
import type { MemberInvitation } from "../../../api/wire";
import { useCancelInvitation } from "../api/cancel-invitation";
import { useInvitations } from "../api/get-invitations";
import { expiryText } from "../invitation-expiry";
import { MemberList, NoMembers } from "./MemberList";
import { MemberTable, RoleChips } from "./MemberTable";

export function InvitationsTab({ iTwinId, onMessage }: { iTwinId: string; onMessage: (m: string) => void }) {
  const invitations = useInvitations(iTwinId);
  const cancel = useCancelInvitation(iTwinId);
  const [cancelling, setCancelling] = useState<MemberInvitation | null>(null);

  const now = Date.now();
  const pending = (invitations.data ?? []).filter((i) => i.status === "Pending" && Date.parse(i.expirationDate) > now);

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
              text: `${pending.length} pending invitation${pending.length === 1 ? "" : "s"}. You see the invitations you sent; owners see all.`,
            }
          : undefined
      }
      empty={
        pending.length === 0 ? (
          <NoMembers>
            No pending invitations. People outside your organization added on the Users tab are invited by e-mail and show up here.
          </NoMembers>
        ) : undefined
      }
      removal={{
        open: cancelling !== null,
        title: "Cancel invitation?",
        confirmLabel: "Cancel invitation",
        text: cancelling ? `${cancelling.email} can no longer accept this invitation.` : "",
        busy: cancel.isPending,
        error: cancel.isError ? cancel.error : null,
        errorAction: "Cancelling the invitation",
        onCancel: () => {
          setCancelling(null);
          cancel.reset();
        },
        onConfirm: () =>
          cancelling &&
          cancel.mutate(cancelling.id, {
            onSuccess: () => {
              onMessage(`The invitation of ${cancelling.email} was cancelled.`);
              setCancelling(null);
            },
          }),
      }}
    >
      <MemberTable
        label="Pending invitations"
        rows={pending}
        rowTestId="invitation-row"
        columns={[
          { header: "E-mail", cell: (i) => i.email },
          { header: "Invited by", cell: (i) => i.invitedByEmail },
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
              <Button size="small" color="error" onClick={() => setCancelling(i)} aria-label={`Cancel the invitation of ${i.email}`}>
                Cancel invitation
              </Button>
            ),
          },
        ]}
      />
    </MemberList>
  );
}
