// The iTwin's active share links: anonymous read access until their expiry. Who may see them is the
// server's answer to the list, not a guess: an organization administrator gets the links, anyone else a
// 403 that is explained here. A key is a secret, so the list shows only its last characters; the full
// key is shown once, to whoever creates the link. Revoking asks first and reports what the server said.
import { useState } from "react";
import { Alert, AlertTitle, Button } from "@mui/material";
import AddLinkIcon from "@mui/icons-material/AddLink";
import { isApiError } from "../../../api/api-error";
import { useRevokeShare } from "../api/revoke-share";
import { useShares, type ShareLink } from "../api/get-shares";
import { expiryText } from "../invitation-expiry";
import { CreateShareDialog } from "./CreateShareDialog";
import { MemberList, NoMembers } from "./MemberList";
import { MemberTable } from "./MemberTable";
import { useMemberRemoval } from "./member-list-actions";

const expiryOf = (s: ShareLink) => new Date(s.expiration).toLocaleString();

export function SharesTab({ iTwinId, onMessage }: { iTwinId: string; onMessage: (m: string) => void }) {
  const shares = useShares(iTwinId);
  const revoke = useRevokeShare(iTwinId);
  const { ask: askRevoke, removal } = useMemberRemoval({
    mutation: revoke,
    variables: (share: ShareLink) => share,
    title: "Revoke share link?",
    confirmLabel: "Revoke link",
    text: (share) =>
      `The link with key ${share.keyHint}, valid until ${expiryOf(share)}, stops working at once for everyone who has it. This cannot be undone.`,
    errorAction: "Revoking the share link",
    removed: () => "The share link was revoked.",
    // Someone else revoked it, or it expired meanwhile: the outcome the person wanted.
    settled: (error) =>
      isApiError(error) && error.status === 404 ? "The share link no longer existed: it was already revoked or had expired." : undefined,
    onMessage,
  });
  const [creating, setCreating] = useState(false);
  const now = Date.now();

  if (shares.isError && isApiError(shares.error) && shares.error.status === 403) {
    return (
      <Alert severity="info" data-testid="shares-refused">
        <AlertTitle>Share links are managed by organization administrators</AlertTitle>
        The server did not list this iTwin&apos;s share links for you ({shares.error.message}). Ask an organization administrator to create
        or revoke a link that lets people read this iTwin without signing in.
      </Alert>
    );
  }

  const active = (shares.data ?? []).filter((s) => Date.parse(s.expiration) > now);

  return (
    <MemberList
      loading={shares.isPending ? "Loading share links…" : undefined}
      error={shares.isError ? { error: shares.error, action: "Loading share links", onRetry: () => void shares.refetch() } : undefined}
      total={
        active.length > 0
          ? {
              testId: "shares-total",
              text: `${active.length} active share link${active.length === 1 ? "" : "s"}: anyone with the key can read this iTwin without signing in until it expires.`,
            }
          : undefined
      }
      addButton={
        <Button startIcon={<AddLinkIcon />} variant="contained" onClick={() => setCreating(true)}>
          Create share link
        </Button>
      }
      empty={active.length === 0 ? <NoMembers>No active share links: nobody can read this iTwin without signing in.</NoMembers> : undefined}
      removal={removal}
      dialogs={creating ? <CreateShareDialog iTwinId={iTwinId} onClose={() => setCreating(false)} /> : null}
    >
      <MemberTable
        label="Active share links"
        rows={active}
        rowTestId="share-row"
        columns={[
          { header: "Key", cell: (s) => <code>{s.keyHint}</code> },
          { header: "Contract", cell: (s) => s.shareContract },
          { header: "Expires", cell: (s) => `${expiryOf(s)} (${expiryText(s.expiration, now)})` },
          {
            header: "Actions",
            align: "right",
            cell: (s) => (
              <Button size="small" color="error" onClick={() => askRevoke(s)} aria-label={`Revoke the share link expiring ${expiryOf(s)}`}>
                Revoke
              </Button>
            ),
          },
        ]}
      />
    </MemberList>
  );
}
