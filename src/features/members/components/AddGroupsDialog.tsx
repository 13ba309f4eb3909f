// Gives Access Control groups of the iTwin roles on it (addGroupMembers). The groups to choose from
// come from listGroups; groups that already hold roles are left out (edit their roles instead).
// listGroups is for organization administrators only: anyone else is told so and can still add a group
// by its id.
import { useMemo, useState } from "react";
import { Alert, Autocomplete, Dialog, DialogContent, DialogTitle, Stack, TextField, Typography } from "@mui/material";
import { isApiError, type ApiError } from "../../../api/api-error";
import { useServerFieldErrors } from "../../../components/server-field-errors";
import type { Group } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { useAddGroupMembers } from "../api/add-group-members";
import { useGroups } from "../api/get-groups";
import { AssignableRolePicker } from "./AssignableRolePicker";
import { AddMembersActions, assignmentLimitReason } from "./AddMembersActions";
import { INVITE_PERMISSION } from "./member-access";
import { ServerName } from "../../../components/ServerName";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GROUP_FIELDS = { groups: ["groupId", "members"], roleIds: ["roleIds"] } as const;
// Details the server sent about the request go to the fields; any other failure is shown as an error.
const isRejection = (error: ApiError) => error.status === 422 || error.status === 404;

export function AddGroupsDialog({
  iTwinId,
  existingGroupIds,
  onClose,
  onAdded,
}: {
  iTwinId: string;
  existingGroupIds: readonly string[];
  onClose: () => void;
  onAdded: (message: string) => void;
}) {
  const groups = useGroups(iTwinId);
  const add = useAddGroupMembers(iTwinId);
  const [picked, setChosen] = useState<Group[]>([]);
  const [typedId, setTypedId] = useState("");
  const groupsForbidden = groups.isError && isApiError(groups.error) && groups.error.status === 403;
  const typed = typedId.trim();
  const typedValid = GUID.test(typed);
  const chosen = useMemo<Group[]>(
    () => (groupsForbidden ? (typedValid ? [{ id: typed, name: typed, description: "", members: [], imsGroups: [] }] : []) : picked),
    [groupsForbidden, typedValid, typed, picked],
  );
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const options = useMemo(() => {
    const existing = new Set(existingGroupIds.map((id) => id.toLowerCase()));
    return (groups.data ?? []).filter((g) => !existing.has(g.id.toLowerCase())).sort((a, b) => a.name.localeCompare(b.name));
  }, [groups.data, existingGroupIds]);

  const limitReason = assignmentLimitReason(chosen.length, "group", roleIds.length);
  const error = add.error;
  const mapped = useServerFieldErrors(error, GROUP_FIELDS, isRejection);
  const blocked =
    chosen.length === 0
      ? groupsForbidden
        ? "Enter a group id."
        : "Choose at least one group."
      : roleIds.length === 0
        ? "Select at least one role."
        : limitReason;
  const groupErrors = mapped.details("groups").map((d) => d.message);

  return (
    <Dialog open onClose={add.isPending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="add-groups-title">
      <DialogTitle id="add-groups-title">Add groups</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {mapped.unmatched.length > 0 ? (
            <ServerErrorBanner title="The server did not add the groups" message={error?.message} details={mapped.unmatched} />
          ) : null}
          {error && !mapped.rejected ? <ApiErrorAlert error={error} action="Adding groups" requiredPermission={INVITE_PERMISSION} /> : null}
          {groupsForbidden ? (
            <>
              <Alert severity="info" data-testid="groups-list-forbidden">
                Only organization administrators can list this iTwin&apos;s groups, so they cannot be offered here. You can still give a
                group roles by its id (an organization administrator can tell you it). The groups that already hold roles are in the list
                behind this dialog, where their roles can be edited.
              </Alert>
              <TextField
                label="Group id"
                value={typedId}
                onChange={(e) => setTypedId(e.target.value)}
                disabled={add.isPending}
                error={(typed.length > 0 && !typedValid) || groupErrors.length > 0}
                helperText={
                  groupErrors.join(" ") ||
                  (typed.length > 0 && !typedValid ? "A group id looks like 3f2504e0-4f89-41d3-9a0c-0305e82c3301." : " ")
                }
              />
            </>
          ) : groups.isError ? (
            <ApiErrorAlert error={groups.error} action="Listing the iTwin's groups" onRetry={() => void groups.refetch()} />
          ) : groups.isPending ? (
            <Typography role="status">Loading groups…</Typography>
          ) : options.length === 0 ? (
            <Alert severity="info">
              Every group of this iTwin already holds roles here. Create groups first, or edit an existing group member's roles.
            </Alert>
          ) : (
            <Autocomplete
              multiple
              options={options}
              value={chosen}
              onChange={(_e, v) => setChosen(v)}
              getOptionLabel={(g) => g.name}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              disableCloseOnSelect
              disabled={add.isPending}
              renderOption={(props, g) => {
                const { key, ...rest } = props as typeof props & { key: string };
                return (
                  <li key={key} {...rest}>
                    <div>
                      <Typography sx={{ overflowWrap: "anywhere" }}>
                        <ServerName name={g.name} />
                      </Typography>
                      <Typography
                        variant="body2"
                        color="text.secondary"
                      >{`${g.description || "No description"} · ${g.members.length} member${g.members.length === 1 ? "" : "s"}`}</Typography>
                    </div>
                  </li>
                );
              }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Groups"
                  error={groupErrors.length > 0}
                  helperText={groupErrors.join(" ") || " "}
                  slotProps={{ ...params.slotProps, formHelperText: { id: "groups-helper" } }}
                />
              )}
            />
          )}
          <AssignableRolePicker
            iTwinId={iTwinId}
            value={roleIds}
            onChange={setRoleIds}
            errors={mapped.details("roleIds").map((d) => d.message)}
            disabled={add.isPending}
            memberCount={chosen.length}
          />
        </Stack>
      </DialogContent>
      <AddMembersActions
        blocked={blocked}
        showBlocked={chosen.length > 0 || roleIds.length > 0}
        over={limitReason !== null}
        pending={add.isPending}
        onCancel={onClose}
        onAdd={() =>
          add.mutate(
            { groupIds: chosen.map((g) => g.id), groupNames: chosen.map((g) => g.name), roleIds },
            { onSuccess: (r) => onAdded(`${r.members.map((m) => m.groupName).join(", ") || "No group"} added.`) },
          )
        }
      />
    </Dialog>
  );
}
