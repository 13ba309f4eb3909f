// Adds users by e-mail with roles, suggesting colleagues as one types. Same-organization users become
// members at once, others are invited by e-mail; the result says which happened to whom. The 50 role-assignment limit (e-mails × roles) is
// checked before sending; the server's 422 details appear beside the field they name.
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, AlertTitle, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from "@mui/material";
import type { ApiError } from "../../../api/api-error";
import type { UserMember } from "../../../api/wire";
import { useServerFieldErrors } from "../../../components/server-field-errors";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { useAddUserMembers, type AddResult } from "../api/add-user-members";
import { AlreadyMembers } from "./AlreadyMembers";
import { parseEmails } from "../../../lib/email-list";
import { userDisplayName } from "../member-search";
import { AssignableRolePicker } from "./AssignableRolePicker";
import { AddMembersActions, assignmentLimitReason } from "./AddMembersActions";
import { cachedUserMemberByEmail, listOf } from "../member-cache";
import { splitAddResult, type AddOutcome } from "../add-result";
import { ServerName } from "../../../components/ServerName";
import { pluralNoun } from "../../../lib/plural";
import { INVITE_PERMISSION } from "./member-access";
import { UserSuggestions } from "./UserSuggestions";
import { withPickedEmail, wordBeingTyped } from "../email-draft";

const rolesNow = (m: UserMember) => (m.roles.length > 0 ? m.roles.map((r) => r.displayName).join(", ") : "none");

const USER_FIELDS = { emails: ["email", "members"], roleIds: ["roleIds"] } as const;
// Details the server sent about the request go to the fields; any other failure is shown as an error.
const isRejection = (error: ApiError) =>
  (error.status === 422 || error.status === 404) && error.details.length + (error.target ? 1 : 0) > 0;

export function AddUsersDialog({ iTwinId, onClose }: { iTwinId: string; onClose: () => void }) {
  const add = useAddUserMembers(iTwinId);
  const [text, setText] = useState("");
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const [result, setResult] = useState<AddResult | null>(null);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const queryClient = useQueryClient();

  const { emails, invalid } = parseEmails(text);
  const limitReason = assignmentLimitReason(emails.length, "e-mail", roleIds.length);
  const error = add.error;
  const mapped = useServerFieldErrors(error, USER_FIELDS, isRejection);
  const blocked =
    emails.length === 0
      ? "Enter at least one e-mail address."
      : invalid.length > 0
        ? "Fix the e-mail addresses first."
        : roleIds.length === 0
          ? "Select at least one role."
          : limitReason;

  const emailErrors = [
    ...(invalid.length > 0 ? [`Not an e-mail address: ${invalid.join(", ")}`] : []),
    ...mapped.details("emails").map((d) => `${d.message}${d.target ? ` (${d.target})` : ""}`),
  ];

  function submit() {
    // Who was a member before, with which roles: the answer alone does not say who was new.
    const before = new Map(emails.map((e) => [e.toLowerCase(), cachedUserMemberByEmail(queryClient, iTwinId, e)?.roles]));
    const requested = [...roleIds];
    add.mutate(
      { emails, roleIds },
      {
        onSuccess: (r) => {
          setResult(r);
          setOutcome(splitAddResult(r.members, requested, (m) => (m.email ? before.get(m.email.toLowerCase()) : undefined)));
        },
      },
    );
  }

  return (
    <Dialog open onClose={add.isPending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="add-users-title">
      <DialogTitle id="add-users-title">Add users</DialogTitle>
      <DialogContent>
        {result ? (
          <Stack spacing={2} data-testid="add-users-result">
            {outcome && outcome.added.length > 0 ? (
              <Alert severity="success">
                <AlertTitle>Added as {pluralNoun(outcome.added.length, "member")}</AlertTitle>
                {outcome.added.map((m) => (
                  <div key={m.id}>
                    <ServerName name={userDisplayName(m)} />
                    {m.email ? ` (${m.email})` : ""}
                  </div>
                ))}
              </Alert>
            ) : null}
            {outcome && outcome.alreadyMembers.length > 0 ? (
              <Alert severity="info" data-testid="already-members">
                <AlertTitle>Already {pluralNoun(outcome.alreadyMembers.length, "a member", "members")}</AlertTitle>
                {outcome.alreadyMembers.map(({ member, gained }) => (
                  <div key={member.id}>
                    <ServerName name={userDisplayName(member)} /> was already a member:{" "}
                    {gained.length > 0
                      ? `now also holds ${listOf(gained.map((r) => r.displayName))}.`
                      : "already held these roles, so nothing changed."}{" "}
                    {`Roles now: ${rolesNow(member)}.`}
                  </div>
                ))}
              </Alert>
            ) : null}
            {result.invitations.length > 0 ? (
              <Alert severity="info">
                <AlertTitle>Invited by e-mail (they become members when they accept)</AlertTitle>
                {result.invitations.map((i) => (
                  <div key={i.id}>{`${i.email} — invitation expires ${new Date(i.expirationDate).toLocaleDateString()}`}</div>
                ))}
              </Alert>
            ) : null}
            <AlreadyMembers refused={result.refusedExisting} />
            {result.members.length === 0 && result.invitations.length === 0 && result.refusedExisting.length === 0 ? (
              <Alert severity="warning">The server added nobody and invited nobody.</Alert>
            ) : null}
          </Stack>
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            {mapped.unmatched.length > 0 ? (
              <ServerErrorBanner title="The server did not add the users" message={error?.message} details={mapped.unmatched} />
            ) : null}
            {error && !mapped.rejected ? (
              <ApiErrorAlert error={error} action="Adding users" requiredPermission={INVITE_PERMISSION} />
            ) : null}
            <TextField
              label="E-mail addresses"
              multiline
              minRows={2}
              value={text}
              onChange={(e) => setText(e.target.value)}
              disabled={add.isPending}
              error={emailErrors.length > 0}
              helperText={
                emailErrors.length > 0
                  ? emailErrors.join(" ")
                  : "One or more addresses, separated by commas or new lines; type part of a colleague's name for suggestions. People outside your organization are invited by e-mail."
              }
              slotProps={{ formHelperText: { id: "emails-helper" }, htmlInput: { "aria-describedby": "emails-helper" } }}
            />
            {add.isPending ? null : (
              <UserSuggestions
                word={wordBeingTyped(text)}
                chosen={new Set(emails.map((e) => e.toLowerCase()))}
                onPick={(email) => setText((t) => withPickedEmail(t, email))}
              />
            )}
            <AssignableRolePicker
              iTwinId={iTwinId}
              value={roleIds}
              onChange={setRoleIds}
              errors={mapped.details("roleIds").map((d) => d.message)}
              disabled={add.isPending}
              memberCount={emails.length}
            />
          </Stack>
        )}
      </DialogContent>
      {result ? (
        <DialogActions>
          <Button variant="contained" onClick={onClose}>
            Done
          </Button>
        </DialogActions>
      ) : (
        <AddMembersActions
          blocked={blocked}
          showBlocked={emails.length > 0 || roleIds.length > 0}
          over={limitReason !== null}
          pending={add.isPending}
          onCancel={onClose}
          onAdd={submit}
          blockedId="add-users-blocked"
        />
      )}
    </Dialog>
  );
}
