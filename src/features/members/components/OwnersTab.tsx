// Owners of the iTwin (listOwners): they have full control without any role. Add one by e-mail (addOwner),
// remove one after saying what that takes away (removeOwner); the server's refusal (the last owner, not
// being an owner) stays in the dialog beside the action. Missing users flagged.
import { useState } from "react";
import { Alert, Box, TextField } from "@mui/material";
import type { OwnerMember } from "../../../api/wire";
import { FieldError } from "../../../components/FieldError";
import { GuardedButton } from "../../../components/GuardedButton";
import { useMe } from "../../../api/queries/me";
import { useOwners } from "../../../api/queries/itwin-owners";
import { isApiError } from "../../../api/api-error";
import { sameEmail } from "../../../api/access-jobs";
import { parseEmails } from "../../../lib/email-list";
import { MissingUserChip } from "./MissingUserChip";
import { isMissingUser, userDisplayName } from "../member-search";
import { useAddOwner, useRemoveOwner } from "../api/owner-changes";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";
import { MemberList, NoMembers } from "./MemberList";
import { MemberTable } from "./MemberTable";
import { useMemberRemoval } from "./member-list-actions";
import { ServerName } from "../../../components/ServerName";

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
  const { ask: askRemove, removal } = useMemberRemoval({
    mutation: remove,
    variables: (owner: OwnerMember) => owner,
    title: "Remove owner?",
    confirmLabel: "Remove owner",
    text: (owner) => (
      <>
        Owners have full control of the iTwin without any role. <ServerName name={owner.email ?? owner.id} /> loses that control; any roles
        they hold as a member stay.
      </>
    ),
    errorAction: "Removing the owner",
    requiredPermission: REMOVE_PERMISSION,
    removed: (owner) => `${owner.email ?? owner.id} is no longer an owner.`,
    onMessage,
  });
  const list = owners.data ?? [];
  const count = list.length;
  const iAmOwner = list.some((o) => (me.data?.id && o.id.toLowerCase() === me.data.id.toLowerCase()) || sameEmail(o.email, me.data?.email));

  const submit = () => {
    const { emails, invalid } = parseEmails(email);
    if (invalid.length > 0 || emails.length !== 1) return setEmailProblem("Enter one e-mail address.");
    setEmailProblem(undefined);
    const address = emails[0]!;
    add.mutate(address, {
      onSuccess: (r) => {
        setEmail("");
        onMessage?.(r.member ? `${address} is now an owner.` : `${address} is not a user yet and was invited to become an owner.`);
      },
      onError: (e) => setEmailProblem(errorText(e)),
    });
  };

  const addForm = (
    <Box component="form" sx={{ display: "flex", gap: 1, alignItems: "flex-start" }} onSubmit={(e) => (e.preventDefault(), submit())}>
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
  );

  return (
    <MemberList
      loading={owners.isPending ? "Loading owners…" : undefined}
      error={owners.isError ? { error: owners.error, action: "Loading owners", onRetry: () => void owners.refetch() } : undefined}
      total={
        count > 0
          ? {
              testId: "owners-total",
              text: `${count} owner${count === 1 ? "" : "s"} — owners have full control of the iTwin without any role.`,
            }
          : undefined
      }
      addButton={addForm}
      notices={
        me.data && !owners.isPending && !iAmOwner ? (
          <Alert severity="info" data-testid="owners-not-owner">
            Only owners (and organization administrators) can add or remove owners; you are not an owner of this iTwin.
          </Alert>
        ) : null
      }
      empty={count === 0 ? <NoMembers>This iTwin lists no owners.</NoMembers> : undefined}
      removal={removal}
    >
      <MemberTable
        label="Owners"
        rows={list}
        rowTestId="owner-row"
        columns={[
          { header: "Name", cell: (o) => (isMissingUser(o) ? <MissingUserChip id={o.id} /> : <ServerName name={userDisplayName(o)} />) },
          { header: "E-mail", cell: (o) => (o.email ? <ServerName name={o.email} /> : "") },
          { header: "Organization", cell: (o) => (o.organization ? <ServerName name={o.organization} /> : "") },
          {
            header: "Actions",
            align: "right",
            cell: (o) => (
              <GuardedButton
                size="small"
                color="error"
                access={access.remove}
                permission={REMOVE_PERMISSION}
                onClick={() => askRemove(o)}
                aria-label={`Remove ${o.email ?? o.id} as owner`}
              >
                Remove
              </GuardedButton>
            ),
          },
        ]}
      />
    </MemberList>
  );
}
