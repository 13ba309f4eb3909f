// Deleting a role says first how many members hold it (they lose it with the role).
import { useState } from "react";
import { Alert, CircularProgress, Stack } from "@mui/material";
import type { Role } from "../../../api/wire";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { useAllUserMembers } from "../../../api/queries/all-user-members";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useDeleteRole } from "../api/delete-role";
import { holdersOf } from "../role-holders";
import { errorText } from "./ReviewChangesDialog";
import { ServerName } from "../../../components/ServerName";

export function DeleteRoleDialog({
  iTwinId,
  role,
  onClose,
  onDeleted,
}: {
  iTwinId: string;
  role: Role | null;
  onClose: () => void;
  onDeleted: (roleId: string) => void;
}) {
  const open = role !== null;
  const users = useAllUserMembers(iTwinId, open);
  const groups = useAllGroupMembers(iTwinId, open);
  const remove = useDeleteRole(iTwinId);
  const [error, setError] = useState<unknown>(null);
  const holders = role ? holdersOf(role.id, users.data, groups.data) : { users: [], groups: [] };
  const counting = users.isPending || groups.isPending;
  const countFailed = users.isError || groups.isError;

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = () => {
    if (!role) return;
    setError(null);
    // The holders' count goes into the change log, so its undo can say who must get the role again.
    const known = counting || countFailed ? undefined : { users: holders.users.length, groups: holders.groups.length };
    remove.mutate(
      { role, holders: known },
      {
        onSuccess: () => {
          onDeleted(role.id);
          close();
        },
        onError: setError,
      },
    );
  };

  return (
    <ConfirmDialog
      open={open}
      title={
        <>
          Delete role “<ServerName name={role?.displayName ?? ""} />
          ”?
        </>
      }
      confirmLabel="Delete role"
      destructive
      busy={remove.isPending}
      onConfirm={confirm}
      onCancel={close}
    >
      <Stack spacing={1}>
        {counting && !countFailed ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }} role="status">
            <CircularProgress size={16} /> <span>Counting the members who hold it…</span>
          </Stack>
        ) : countFailed ? (
          <span>The members holding this role could not be counted. Deleting it removes it from every member who holds it.</span>
        ) : (
          <span data-testid="delete-role-holders">
            {holders.users.length} {holders.users.length === 1 ? "user" : "users"} and {holders.groups.length}{" "}
            {holders.groups.length === 1 ? "group" : "groups"} hold this role and will lose it. Undo in Changes re-creates the role with a
            new id; it is not given back to them.
          </span>
        )}
        {error ? <Alert severity="error">{errorText(error)}</Alert> : null}
      </Stack>
    </ConfirmDialog>
  );
}
