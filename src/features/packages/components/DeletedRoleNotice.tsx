// An iTwin role deleted elsewhere while its package roles were being edited: says so, lists the
// package-role changes that could not be applied, and offers to create the role again with them — or
// to let them go.
import { Button, Typography } from "@mui/material";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { NotFoundNotice } from "../../../components/NotFoundNotice";
import { useAttempt } from "../../../lib/use-attempt";
import { UnappliedChanges, type UnappliedChange } from "../../../components/UnappliedChanges";
import type { RoleChange } from "../assignment-diff";
import type { DeletedRoleEdit } from "../deleted-roles";
import { MANAGE_ROLES } from "../save-permission";
import { ServerName } from "../../../components/ServerName";

/** One line per package role a change gives or takes away, optionally naming the iTwin role. */
export function packageRoleChanges(change: RoleChange, packageRoleName: (id: string) => string, on?: string): UnappliedChange[] {
  const what = "package role";
  return [
    ...change.added.map((id) => ({ kind: "add" as const, what, name: packageRoleName(id), ...(on !== undefined && { on }) })),
    ...change.removed.map((id) => ({ kind: "remove" as const, what, name: packageRoleName(id), ...(on !== undefined && { on }) })),
  ];
}

export interface DeletedRoleNoticeProps {
  edit: DeletedRoleEdit;
  packageRoleName: (id: string) => string;
  onRecreate: (edit: DeletedRoleEdit) => Promise<unknown>;
  onDiscard: (iTwinRoleId: string) => void;
}

export function DeletedRoleNotice({ edit, packageRoleName, onRecreate, onDiscard }: DeletedRoleNoticeProps) {
  const { busy, failure, run } = useAttempt();
  const { role, change } = edit;
  const recreate = () => run(() => onRecreate(edit));
  return (
    <>
      <NotFoundNotice
        title={
          <>
            The iTwin role <ServerName name={role.displayName} /> no longer exists
          </>
        }
        backLabel="Discard these changes"
        onBack={() => onDiscard(change.iTwinRoleId)}
        busy={busy}
        actions={
          change.after.length > 0 ? (
            <Button variant="outlined" color="inherit" size="small" onClick={() => void recreate()} disabled={busy}>
              {busy ? "Re-creating…" : "Re-create the role with these package roles"}
            </Button>
          ) : null
        }
      >
        Someone deleted this role while you were editing, so its package roles were not saved.
        <UnappliedChanges changes={packageRoleChanges(change, packageRoleName)} />
        {change.after.length > 0 ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            Re-creating it gives it a new id, its description and permissions, and these package roles; members who held the deleted role
            must be given it again.
          </Typography>
        ) : (
          <Typography variant="body2" sx={{ mt: 1 }}>
            Nothing is lost: a deleted role holds no package role.
          </Typography>
        )}
      </NotFoundNotice>
      {failure ? <ApiErrorAlert error={failure} action="Re-creating the role" requiredPermission={MANAGE_ROLES} /> : null}
    </>
  );
}
