// Changes the roles of one user or group member. Keeps the roles it was opened with as its base,
// shows what is added and removed, enforces the 50-role limit before saving, re-reads the member
// before saving to detect someone else's change, and keeps the selection on every failure.
import { useMemo, useState } from "react";
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "../../../api/client-context";
import type { RoleRef } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { useAssignableRoles } from "../../../api/queries/account-roles";
import { getUserMember } from "../api/get-user-member";
import { getGroupMember } from "../api/get-group-member";
import { useUpdateUserMemberRoles } from "../../../api/queries/update-user-member-roles";
import { useUpdateGroupMemberRoles } from "../api/update-group-member-roles";
import { diffRoleIds, hasChanges, MAX_ROLE_IDS, sameRoleIds } from "../role-diff";
import { isMemberGone, isValidationFailure, ROLE_EDITOR_FIELDS } from "../role-editor-errors";
import { useServerFieldErrors } from "../../../components/server-field-errors";
import { refreshMemberList } from "../member-cache";
import { AssignableRolePicker } from "./AssignableRolePicker";
import { INVITE_PERMISSION } from "./member-access";
import { MemberGoneNotice } from "./MemberGoneNotice";
import { ServerName } from "../../../components/ServerName";
import { DiffLine } from "./RoleDiffLine";

export interface EditableMember {
  kind: "user" | "group";
  id: string;
  name: string;
  /** Users only: what adds them back if they are removed while being edited. */
  email?: string;
  roles: RoleRef[];
}

export interface MemberRoleEditorProps {
  iTwinId: string;
  member: EditableMember;
  onClose: () => void;
  onSaved: (message: string) => void;
}

export function MemberRoleEditor({ iTwinId, member, onClose, onSaved }: MemberRoleEditorProps) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const roles = useAssignableRoles(iTwinId);
  const updateUser = useUpdateUserMemberRoles(iTwinId);
  const updateGroup = useUpdateGroupMemberRoles(iTwinId);
  const update = member.kind === "user" ? updateUser : updateGroup;

  const [base, setBase] = useState<RoleRef[]>(member.roles);
  const [selection, setSelection] = useState<string[]>(member.roles.map((r) => r.id));
  const [conflict, setConflict] = useState<RoleRef[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of [...base, ...(conflict ?? []), ...(roles.data ?? [])]) m.set(r.id.toLowerCase(), r.displayName);
    return (id: string) => m.get(id.toLowerCase()) ?? id;
  }, [base, conflict, roles.data]);

  const baseIds = base.map((r) => r.id);
  const diff = diffRoleIds(baseIds, selection);
  const overLimit = selection.length > MAX_ROLE_IDS;
  const busy = checking || update.isPending;
  const fieldErrors = useServerFieldErrors(error, ROLE_EDITOR_FIELDS, isValidationFailure);

  // `serverBase`: the roles the member has on the server before this save (what undo gives back).
  async function save(overwrite: boolean, serverBase: string[] = baseIds) {
    setError(null);
    if (!overwrite) {
      setChecking(true);
      try {
        const fresh =
          member.kind === "user" ? await getUserMember(client, iTwinId, member.id) : await getGroupMember(client, iTwinId, member.id);
        const serverIds = fresh.roles.map((r) => r.id);
        if (!sameRoleIds(baseIds, serverIds)) {
          setConflict(fresh.roles);
          return;
        }
      } catch (e) {
        setError(e);
        return;
      } finally {
        setChecking(false);
      }
    }
    update.mutate(
      {
        memberId: member.id,
        roleIds: selection,
        log: {
          memberName: member.name,
          previousRoleIds: serverBase,
          summary: describeRoleChange(diffRoleIds(serverBase, selection), names),
        },
      },
      {
        onSuccess: () => onSaved(`Roles of ${member.name} saved.`),
        onError: (e) => setError(e),
      },
    );
  }

  /** The member is gone and the changes are let go: refresh the lists so it disappears there too, and close. */
  function backToMembers() {
    void refreshMemberList(queryClient, iTwinId, member.kind);
    onClose();
  }

  function adoptServerRoles() {
    if (!conflict) return;
    setBase(conflict);
    setSelection(conflict.map((r) => r.id));
    setConflict(null);
  }

  function overwriteServer() {
    if (!conflict) return;
    // The server's roles become the base the diff is shown against; the selection is what gets saved.
    setBase(conflict);
    setConflict(null);
    void save(
      true,
      conflict.map((r) => r.id),
    );
  }

  const serverDiff = conflict
    ? diffRoleIds(
        baseIds,
        conflict.map((r) => r.id),
      )
    : null;
  const saveBlockedReason = overLimit
    ? `A member can be given at most ${MAX_ROLE_IDS} roles at once; ${selection.length} are selected.`
    : selection.length === 0
      ? "Select at least one role. To take every role away, remove the member instead."
      : null;
  // With nothing changed, the diff line below says so once ("No change from the current roles"); Save waits.
  const unchanged = !hasChanges(diff);

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="member-role-editor-title">
      <DialogTitle id="member-role-editor-title">
        Roles of <ServerName name={member.name} />
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {fieldErrors.unmatched.length > 0 ? (
            <ServerErrorBanner
              title="The server did not save the roles"
              message={fieldErrors.rejected?.message}
              details={fieldErrors.unmatched}
            />
          ) : null}
          {isMemberGone(error) ? (
            <MemberGoneNotice
              iTwinId={iTwinId}
              member={member}
              diff={diff}
              roleIds={selection}
              names={names}
              onAddedBack={onSaved}
              onDiscard={backToMembers}
            />
          ) : error && !fieldErrors.rejected ? (
            <ApiErrorAlert
              error={error}
              action="Changing roles"
              requiredPermission={INVITE_PERMISSION}
              onRetry={busy ? undefined : () => void save(false)}
            />
          ) : null}
          {conflict && serverDiff ? (
            <Alert severity="warning" role="alert" data-testid="role-conflict">
              <AlertTitle>
                The roles of <ServerName name={member.name} /> changed on the server since you opened this editor
              </AlertTitle>
              <DiffLine label="Added on the server" ids={serverDiff.added} names={names} color="success" />
              <DiffLine label="Removed on the server" ids={serverDiff.removed} names={names} color="error" />
              <Typography variant="body2" sx={{ mt: 1 }}>
                Your selection is kept. Save it over the server's roles, or start again from the server's roles.
              </Typography>
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button
                  size="small"
                  variant="contained"
                  color="warning"
                  onClick={overwriteServer}
                  disabled={overLimit || selection.length === 0}
                >
                  Save my selection anyway
                </Button>
                <Button size="small" onClick={adoptServerRoles}>
                  Start from the server's roles
                </Button>
              </Stack>
            </Alert>
          ) : null}
          <AssignableRolePicker
            iTwinId={iTwinId}
            extraRoles={base}
            value={selection}
            onChange={setSelection}
            errors={fieldErrors.details("roleIds").map((d) => d.message)}
            disabled={busy}
          />
          <Box aria-live="polite" data-testid="role-diff">
            {hasChanges(diff) ? (
              <>
                <DiffLine label="Adding" ids={diff.added} names={names} color="success" />
                <DiffLine label="Removing" ids={diff.removed} names={names} color="error" />
              </>
            ) : (
              <Typography variant="body2" color="text.secondary">
                No change from the current roles.
              </Typography>
            )}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        {saveBlockedReason && !busy ? (
          <Typography
            variant="body2"
            color={overLimit ? "error" : "text.secondary"}
            sx={{ mr: "auto", pl: 2 }}
            id="role-save-blocked-reason"
          >
            {saveBlockedReason}
          </Typography>
        ) : null}
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          onClick={() => void save(false)}
          disabled={busy || saveBlockedReason !== null || unchanged || conflict !== null || isMemberGone(error)}
          aria-describedby={saveBlockedReason ? "role-save-blocked-reason" : undefined}
          startIcon={busy ? <CircularProgress size={16} /> : undefined}
        >
          Save roles
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function describeRoleChange(diff: { added: string[]; removed: string[] }, names: (id: string) => string): string {
  const parts = [
    diff.added.length > 0 ? `add ${diff.added.map(names).join(", ")}` : "",
    diff.removed.length > 0 ? `remove ${diff.removed.map(names).join(", ")}` : "",
  ].filter(Boolean);
  return `Roles: ${parts.join("; ")}`;
}
