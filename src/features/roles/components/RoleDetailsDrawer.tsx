// One role opened from the matrix: description, type, permissions by service, and who holds it (users
// and groups, from the member lists, which carry their roles).
import { PermissionName } from "../../../components/PermissionName";
import { Alert, Box, Button, Chip, CircularProgress, Divider, Drawer, IconButton, List, ListItem, Stack, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/Close";
import type { Role } from "../../../api/wire";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { useAllUserMembers } from "../../../api/queries/all-user-members";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { roleTypeOf } from "../matrix";
import { groupByService } from "../permission-groups";
import type { RoleChange } from "../pending-changes";
import { holdersOf, userLabel } from "../role-holders";
import { MANAGE_ROLES } from "./permissions";
import { ServerName } from "../../../components/ServerName";

const SHOWN_HOLDERS = 100;

export interface RoleDetailsDrawerProps {
  iTwinId: string;
  role: Role | null;
  pendingChange?: RoleChange;
  canManage: boolean;
  onClose: () => void;
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}

export function RoleDetailsDrawer({ iTwinId, role, pendingChange, canManage, onClose, onEdit, onDelete }: RoleDetailsDrawerProps) {
  return (
    <Drawer anchor="right" open={role !== null} onClose={onClose} slotProps={{ paper: { sx: { width: { xs: "100%", sm: 480 } } } }}>
      {role ? (
        <RoleDetails
          iTwinId={iTwinId}
          role={role}
          pendingChange={pendingChange}
          canManage={canManage}
          onClose={onClose}
          onEdit={onEdit}
          onDelete={onDelete}
        />
      ) : null}
    </Drawer>
  );
}

function RoleDetails({
  iTwinId,
  role,
  pendingChange,
  canManage,
  onClose,
  onEdit,
  onDelete,
}: Omit<RoleDetailsDrawerProps, "role"> & { role: Role }) {
  const users = useAllUserMembers(iTwinId);
  const groups = useAllGroupMembers(iTwinId);
  const holders = holdersOf(role.id, users.data, groups.data);
  const permissions = role.permissions ?? [];
  return (
    <Box sx={{ p: 2 }} role="region" aria-labelledby="role-details-title">
      <Stack direction="row" sx={{ alignItems: "flex-start" }} spacing={1}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography id="role-details-title" variant="h6" component="h2" sx={{ overflowWrap: "anywhere" }}>
            <ServerName name={role.displayName} />
          </Typography>
          <Chip size="small" variant="outlined" label={roleTypeOf(role)} sx={{ mt: 0.5 }} />
        </Box>
        <IconButton aria-label="Close role details" onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Typography sx={{ mt: 1.5, whiteSpace: "pre-wrap" }}>{role.description || <em>No description.</em>}</Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button variant="outlined" onClick={() => onEdit(role)} disabled={!canManage}>
          Rename or describe
        </Button>
        <Button variant="outlined" color="error" onClick={() => onDelete(role)} disabled={!canManage}>
          Delete role
        </Button>
      </Stack>
      {!canManage ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Changing roles needs the permission <code>{MANAGE_ROLES}</code>.
        </Typography>
      ) : null}
      {pendingChange ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          Unsaved in the matrix: {pendingChange.added.length} to add, {pendingChange.removed.length} to remove. The list below is the saved
          state.
        </Alert>
      ) : null}
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Permissions ({permissions.length})
      </Typography>
      {permissions.length === 0 ? (
        <Typography color="text.secondary">This role grants no permission yet. Tick cells in its column to add some.</Typography>
      ) : (
        [...groupByService(permissions)].map(([service, list]) => (
          <Box key={service} sx={{ mt: 1 }}>
            <Typography variant="overline" component="h4">
              {service} ({list.length})
            </Typography>
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
              {list.map((p) => (
                <Chip key={p} size="small" label={<PermissionName permission={p} />} />
              ))}
            </Box>
          </Box>
        ))
      )}
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Who holds it
      </Typography>
      {users.isError ? <ApiErrorAlert error={users.error} action="Loading user members" onRetry={() => void users.refetch()} /> : null}
      {groups.isError ? <ApiErrorAlert error={groups.error} action="Loading group members" onRetry={() => void groups.refetch()} /> : null}
      {users.isPending || groups.isPending ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", mt: 1 }} role="status">
          <CircularProgress size={16} /> <span>Loading members… {users.loaded > 0 ? `(${users.loaded} so far)` : ""}</span>
        </Stack>
      ) : (
        <>
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="role-holder-counts">
            {holders.users.length} {holders.users.length === 1 ? "user" : "users"}, {holders.groups.length}{" "}
            {holders.groups.length === 1 ? "group" : "groups"}
          </Typography>
          {holders.groups.length > 0 ? (
            <List dense aria-label="Groups holding this role">
              {holders.groups.map((g) => (
                <ListItem key={g.id} disableGutters>
                  <ServerName name={`Group: ${g.groupName}`} />
                </ListItem>
              ))}
            </List>
          ) : null}
          {holders.users.length > 0 ? (
            <List dense aria-label="Users holding this role">
              {holders.users.slice(0, SHOWN_HOLDERS).map((u) => (
                <ListItem key={u.id} disableGutters>
                  <ServerName name={userLabel(u)} />
                </ListItem>
              ))}
              {holders.users.length > SHOWN_HOLDERS ? (
                <ListItem disableGutters>
                  <Typography variant="body2" color="text.secondary">
                    …and {holders.users.length - SHOWN_HOLDERS} more (see the Members page).
                  </Typography>
                </ListItem>
              ) : null}
            </List>
          ) : null}
        </>
      )}
    </Box>
  );
}
