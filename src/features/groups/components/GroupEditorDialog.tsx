// Create a group (name, description), or edit one: rename, describe, and set its members (e-mails) and
// IMS groups. The limits (50 each) show as you type and stop Save before anything is sent; each detail
// of a 422 (or a 404 naming an entry) sits at the field it names, with the entry it meant.
import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from "@mui/material";
import type { Group } from "../../../api/wire";
import { useQueryClient } from "@tanstack/react-query";
import { forgetGroup, groupCounts, iTwinGroupsKey } from "../../../api/queries/itwin-groups";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { isNotFound } from "../../../components/NotFoundNotice";
import { FieldError } from "../../../components/FieldError";
import { useServerFieldErrors, type IsValidationFailure } from "../../../components/server-field-errors";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { useCreateGroup, useUpdateGroup, type GroupEdit } from "../api/group-changes";
import { MAX_GROUP_MEMBERS, MAX_IMS_GROUPS, checkImsGroups, checkMembers, entryOf } from "../group-limits";
import { GroupInvitations } from "./GroupInvitations";
import { GroupGoneNotice } from "./GroupGoneNotice";
import { ServerName } from "../../../components/ServerName";
import { pluralNoun } from "../../../lib/plural";

const FIELDS = { name: ["Name"], description: ["Description"], members: ["Members"], imsGroups: ["ImsGroups"] } as const;
// An unknown e-mail (TeamMemberNotFound) or IMS group (ImsGroupNotFound) is a 404 naming the entry.
const namesAField: IsValidationFailure = (e) => e.status === 422 || (e.status === 404 && (e.target !== undefined || e.details.length > 0));

export interface GroupEditorDialogProps {
  open: boolean;
  iTwinId: string;
  /** The group to edit; absent to create one. */
  group?: Group;
  onClose: () => void;
  /** `message`: what to tell the person when it is not the usual "created" or "saved". */
  onSaved: (group: Group, created: boolean, message?: string) => void;
}

const emailsOf = (g?: Group) => (g?.members ?? []).flatMap((m) => (m.email ? [m.email] : [])).join("\n");

export function GroupEditorDialog({ open, iTwinId, group, onClose, onSaved }: GroupEditorDialogProps) {
  const queryClient = useQueryClient();
  const create = useCreateGroup(iTwinId);
  const update = useUpdateGroup(iTwinId);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [members, setMembers] = useState("");
  const [imsGroups, setImsGroups] = useState("");
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState<GroupEdit>({});
  const [busy, setBusy] = useState(false);
  // Set once this dialog created the group: its members are what comes next, so the cursor goes there.
  const [created, setCreated] = useState(false);
  const server = useServerFieldErrors(failure, FIELDS, namesAField);
  const counts = group ? groupCounts(group) : undefined;

  useEffect(() => {
    if (!open) return;
    setName(group?.name ?? "");
    setDescription(group?.description ?? "");
    setMembers(emailsOf(group));
    setImsGroups((group?.imsGroups ?? []).join("\n"));
    setFailure(null);
  }, [open, group]);
  useEffect(() => {
    if (!open) setCreated(false);
  }, [open]);

  const memberCheck = useMemo(() => checkMembers(members), [members]);
  const imsCheck = useMemo(() => checkImsGroups(imsGroups), [imsGroups]);
  const nameProblem = name.trim() === "" ? "Enter a name for the group." : undefined;
  const blocked = Boolean(nameProblem || (group && (memberCheck.problem || imsCheck.problem)));

  const serverMessage = (field: "members" | "imsGroups", list: readonly string[] | undefined) => {
    const details = server.details(field);
    if (details.length === 0) return undefined;
    return details
      .map((d) => {
        const entry = entryOf(d.target, list ?? []);
        return entry ? `${entry}: ${d.message}` : d.message;
      })
      .join(" ");
  };

  const save = async () => {
    setFailure(null);
    setBusy(true);
    try {
      if (!group) {
        const made = await create.mutateAsync({ name: name.trim(), description });
        setCreated(true);
        onSaved(made, true);
        return;
      }
      const edit: GroupEdit = {};
      if (name.trim() !== group.name) edit.name = name.trim();
      if (description !== (group.description ?? "")) edit.description = description;
      if (!counts?.membersTruncated && members !== emailsOf(group)) edit.members = memberCheck.items;
      if (!counts?.imsGroupsTruncated && imsGroups !== group.imsGroups.join("\n")) edit.imsGroups = imsCheck.items;
      setSent(edit);
      if (Object.keys(edit).length === 0) return onClose();
      const saved = await update.mutateAsync({ before: group, edit });
      onSaved(saved, false);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  // A 404 naming no field: the group itself was deleted meanwhile.
  const gone = Boolean(group && isNotFound(failure) && !server.rejected);

  /** The group was deleted elsewhere: create it again as the editor shows it now (a new id). */
  const recreate = async () => {
    const created = await create.mutateAsync({ name: name.trim(), description });
    const lists: GroupEdit = {};
    if (!counts?.membersTruncated && memberCheck.items.length > 0) lists.members = memberCheck.items;
    if (!counts?.imsGroupsTruncated && imsCheck.items.length > 0) lists.imsGroups = imsCheck.items;
    const saved = Object.keys(lists).length > 0 ? await update.mutateAsync({ before: created, edit: lists }) : created;
    onSaved(
      saved,
      true,
      `Group ${saved.name} was created again with your changes. Give it its roles on the iTwin again (Members → Groups).`,
    );
  };

  /** The group is gone and the edits are let go: the list drops it too. */
  const discard = () => {
    if (group) forgetGroup(iTwinId, group.id);
    void queryClient.invalidateQueries({ queryKey: iTwinGroupsKey(iTwinId) });
    onClose();
  };

  const nameError = server.message("name");
  const membersError = memberCheck.problem ?? serverMessage("members", sent.members);
  const imsError = imsCheck.problem ?? serverMessage("imsGroups", sent.imsGroups);
  const bannerNeeded =
    server.rejected && (server.unmatched.length > 0 || !(nameError || server.message("description") || membersError || imsError));

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby="group-editor-title" fullWidth maxWidth="sm">
      <DialogTitle id="group-editor-title">
        {group ? (
          <>
            Edit group <ServerName name={group.name} />
          </>
        ) : (
          "Create group"
        )}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {gone && group ? (
            <GroupGoneNotice group={group} edit={sent} onRecreate={recreate} onDiscard={discard} />
          ) : failure && !server.rejected ? (
            <ApiErrorAlert error={failure} action={group ? "Saving the group" : "Creating the group"} />
          ) : null}
          {server.rejected && bannerNeeded ? (
            <ServerErrorBanner title="The server refused the group" message={server.rejected.message} details={server.unmatched} />
          ) : null}
          <div>
            <TextField
              label="Name"
              value={name}
              required
              fullWidth
              onChange={(e) => {
                setName(e.target.value);
                server.clear("name");
              }}
              error={Boolean(nameError)}
              slotProps={{ htmlInput: { ...server.inputProps("name") } }}
            />
            <FieldError field="name" message={nameError} />
          </div>
          <div>
            <TextField
              label="Description"
              value={description}
              fullWidth
              multiline
              minRows={2}
              onChange={(e) => {
                setDescription(e.target.value);
                server.clear("description");
              }}
              error={Boolean(server.message("description"))}
              slotProps={{ htmlInput: { ...server.inputProps("description") } }}
            />
            <FieldError field="description" message={server.message("description")} />
          </div>
          {group ? (
            <>
              {counts?.membersTruncated ? (
                <Alert severity="warning" data-testid="members-truncated">
                  This group has {counts.members} {pluralNoun(counts.members, "member")}; the server lists only {group.members.length}. Its
                  members cannot be edited here without dropping the ones not listed.
                </Alert>
              ) : null}
              <div>
                <TextField
                  label={`Members (e-mail addresses, at most ${MAX_GROUP_MEMBERS})`}
                  value={members}
                  fullWidth
                  multiline
                  minRows={3}
                  maxRows={10}
                  disabled={counts?.membersTruncated}
                  autoFocus={created}
                  onChange={(e) => {
                    setMembers(e.target.value);
                    server.clear("members");
                  }}
                  error={Boolean(membersError)}
                  slotProps={{ htmlInput: { "aria-describedby": "members-helper", ...(membersError && { "aria-invalid": true }) } }}
                />
                <FieldError
                  field="members"
                  message={membersError}
                  hint={`${memberCheck.items.length} of at most ${MAX_GROUP_MEMBERS}. E-mails of people who are not users yet become invitations (on the Account iTwin only).`}
                />
              </div>
              {counts?.imsGroupsTruncated ? (
                <Alert severity="warning" data-testid="ims-groups-truncated">
                  This group has {counts.imsGroups} IMS groups; the server lists only {group.imsGroups.length}. They cannot be edited here.
                </Alert>
              ) : null}
              <div>
                <TextField
                  label={`IMS groups (one a line, at most ${MAX_IMS_GROUPS})`}
                  value={imsGroups}
                  fullWidth
                  multiline
                  minRows={2}
                  maxRows={8}
                  disabled={counts?.imsGroupsTruncated}
                  onChange={(e) => {
                    setImsGroups(e.target.value);
                    server.clear("imsGroups");
                  }}
                  error={Boolean(imsError)}
                  slotProps={{ htmlInput: { "aria-describedby": "imsGroups-helper", ...(imsError && { "aria-invalid": true }) } }}
                />
                <FieldError field="imsGroups" message={imsError} hint={`${imsCheck.items.length} of at most ${MAX_IMS_GROUPS}.`} />
              </div>
              <GroupInvitations iTwinId={iTwinId} groupId={group.id} />
            </>
          ) : (
            <Typography color="text.secondary">After creating the group you can add its members and IMS groups.</Typography>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy || blocked || gone}>
          {group ? "Save group" : "Create group"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
