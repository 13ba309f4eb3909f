// Owners of the iTwin: they have full control without any role. Add one by e-mail, remove one (after
// saying what that takes away); a refusal (the last owner, not being an owner) shows beside the action.
import { useState } from "react";
import {
  Alert,
  Box,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import type { OwnerMember } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { FieldError } from "../../../components/FieldError";
import { GuardedButton } from "../../../components/GuardedButton";
import { useMe } from "../../../api/queries/me";
import { useOwners } from "../../../api/queries/itwin-owners";
import { parseEmails } from "../../../lib/email-list";
import { isApiError } from "../../../api/api-error";
import { MissingUserChip } from "./MissingUserChip";
import { isMissingUser, userDisplayName } from "../member-search";
import { useAddOwner, useRemoveOwner } from "../api/owner-changes";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";

const errorText = (e: unknown) =>
  isApiError(e) && e.details.length > 0 ? e.details.map((d) => d.message).join(" ") : e instanceof Error ? e.message : "The change failed.";

export function OwnersTab({ iTwinId, onMessage }: { iTwinId: string; onMessage?: (m: string) => void }) {
  const owners = useOwners(iTwinId);
  const me = useMe();
  const access = useMemberAccess(iTwinId);
  const add = useAddOwner(iTwinId);
  const remove = useRemoveOwner(iTwinId);
  const [email, setEmail] = useState("");
  const [emailProblem, setEmailProblem] = useState<string | undefined>();
  const [removing, setRemoving] = useState<OwnerMember | null>(null);
  const [removeError, setRemoveError] = useState<{ id: string; message: string } | null>(null);

  if (owners.isPending) {
    return (
      <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
        <CircularProgress size={20} /> Loading owners…
      </Box>
    );
  }
  if (owners.isError) return <ApiErrorAlert error={owners.error} action="Loading owners" onRetry={() => void owners.refetch()} />;
  const myEmail = me.data?.email?.toLowerCase();
  const iAmOwner = owners.data.some(
    (o) => (me.data?.id && o.id.toLowerCase() === me.data.id.toLowerCase()) || (myEmail && o.email?.toLowerCase() === myEmail),
  );

  const submit = () => {
    const { emails, invalid } = parseEmails(email);
    if (invalid.length > 0 || emails.length !== 1) {
      setEmailProblem("Enter one e-mail address.");
      return;
    }
    setEmailProblem(undefined);
    add.mutate(emails[0]!, {
      onSuccess: (r) => {
        setEmail("");
        onMessage?.(r.member ? `${emails[0]} is now an owner.` : `${emails[0]} is not a user yet and was invited to become an owner.`);
      },
      onError: (e) => setEmailProblem(errorText(e)),
    });
  };

  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {owners.data.length} owner{owners.data.length === 1 ? "" : "s"} — owners have full control of the iTwin without any role.
      </Typography>
      {me.data && !iAmOwner ? (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="owners-not-owner">
          Only owners (and organization administrators) can add or remove owners; you are not an owner of this iTwin.
        </Alert>
      ) : null}
      <Box
        component="form"
        sx={{ display: "flex", gap: 1, alignItems: "flex-start", mb: 2 }}
        onSubmit={(e) => (e.preventDefault(), submit())}
      >
        <Box>
          <TextField
            size="small"
            label="E-mail of the new owner"
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              setEmailProblem(undefined);
            }}
            error={Boolean(emailProblem)}
            slotProps={{ htmlInput: { "aria-describedby": "owner-email-helper", ...(emailProblem && { "aria-invalid": true }) } }}
          />
          <FieldError field="owner-email" message={emailProblem} hint="They get full control of the iTwin." />
        </Box>
        <GuardedButton
          access={access.invite}
          permission={INVITE_PERMISSION}
          type="submit"
          variant="contained"
          disabled={add.isPending || !email.trim()}
        >
          Add owner
        </GuardedButton>
      </Box>
      {owners.data.length === 0 ? <Alert severity="info">This iTwin lists no owners.</Alert> : null}
      <TableContainer>
        <Table size="small" aria-label="Owners">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>E-mail</TableCell>
              <TableCell>Organization</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {owners.data.map((o) => (
              <TableRow key={o.id} data-testid="owner-row">
                <TableCell>{isMissingUser(o) ? <MissingUserChip /> : userDisplayName(o)}</TableCell>
                <TableCell>{o.email ?? ""}</TableCell>
                <TableCell>{o.organization ?? ""}</TableCell>
                <TableCell align="right">
                  <GuardedButton
                    size="small"
                    color="error"
                    access={access.remove}
                    permission={REMOVE_PERMISSION}
                    onClick={() => setRemoving(o)}
                    aria-label={`Remove ${o.email ?? o.id} as owner`}
                    {...(removeError?.id === o.id && { "aria-describedby": `owner-remove-${o.id}-helper` })}
                  >
                    Remove
                  </GuardedButton>
                  {removeError?.id === o.id ? (
                    <Box role="alert">
                      <FieldError field={`owner-remove-${o.id}`} message={removeError.message} />
                    </Box>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ConfirmDialog
        open={removing !== null}
        title="Remove owner?"
        confirmLabel="Remove owner"
        destructive
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const owner = removing;
          remove.mutate(owner, {
            onSuccess: () => {
              setRemoveError(null);
              onMessage?.(`${owner.email ?? owner.id} is no longer an owner.`);
            },
            onError: (e) => setRemoveError({ id: owner.id, message: errorText(e) }),
            onSettled: () => setRemoving(null),
          });
        }}
      >
        {removing ? (
          <Typography>
            {`Owners have full control of the iTwin without any role. ${removing.email ?? removing.id} loses that control; any roles they hold as a member stay.`}
          </Typography>
        ) : null}
      </ConfirmDialog>
    </Box>
  );
}
