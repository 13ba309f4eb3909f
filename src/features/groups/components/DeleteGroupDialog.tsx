// Deleting a group says first what access it takes away: the roles the group holds on this iTwin and
// how many people they reach through it.
import { Fragment } from "react";
import { Box, Typography } from "@mui/material";
import type { Group, RoleRef } from "../../../api/wire";
import { groupCounts } from "../../../api/queries/itwin-groups";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useDeleteGroup } from "../api/group-changes";
import { ServerName } from "../../../components/ServerName";

export interface DeleteGroupDialogProps {
  iTwinId: string;
  group: Group | null;
  roles: readonly RoleRef[];
  onClose: () => void;
  onDeleted: (name: string) => void;
}

export function DeleteGroupDialog({ iTwinId, group, roles, onClose, onDeleted }: DeleteGroupDialogProps) {
  const remove = useDeleteGroup(iTwinId);
  const counts = group ? groupCounts(group) : undefined;
  return (
    <ConfirmDialog
      open={group !== null}
      title={
        group ? (
          <>
            Delete group <ServerName name={group.name} />?
          </>
        ) : (
          "Delete group?"
        )
      }
      confirmLabel="Delete group"
      destructive
      busy={remove.isPending}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
      onConfirm={() => group && remove.mutate(group, { onSuccess: () => onDeleted(group.name) })}
    >
      {group && counts ? (
        <Box data-testid="delete-group-impact">
          {roles.length > 0 ? (
            <Typography>
              {`The group holds ${roles.length === 1 ? "the role" : "the roles"} `}
              {roles.map((r, i) => (
                <Fragment key={r.id}>
                  {i > 0 ? ", " : null}
                  <ServerName name={r.displayName} />
                </Fragment>
              ))}
              {" on this iTwin. "}
              {`Its ${counts.members} member${counts.members === 1 ? "" : "s"} and ${counts.imsGroups} IMS group${counts.imsGroups === 1 ? "" : "s"} lose what ${roles.length === 1 ? "it grants" : "they grant"}, unless they hold it another way.`}
            </Typography>
          ) : (
            <Typography>The group holds no role on this iTwin: deleting it takes no access away here.</Typography>
          )}
          <Typography sx={{ mt: 1 }}>This cannot be undone.</Typography>
          {remove.isError ? (
            <Box sx={{ mt: 2 }}>
              <ApiErrorAlert error={remove.error} action="Deleting the group" />
            </Box>
          ) : null}
        </Box>
      ) : null}
    </ConfirmDialog>
  );
}
