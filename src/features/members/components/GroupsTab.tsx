// Groups that hold roles on the iTwin (G1, every page by $top/$skip), shown a page at a time, with
// search, CSV export, role editing, adding and removing.
import { useMemo, useState } from "react";
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  InputAdornment,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import SearchIcon from "@mui/icons-material/Search";
import EditIcon from "@mui/icons-material/Edit";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import DownloadIcon from "@mui/icons-material/Download";
import GroupAddIcon from "@mui/icons-material/GroupAdd";
import type { GroupMember } from "../../../api/wire";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { downloadFile } from "../../../lib/csv";
import { useRemoveGroupMember } from "../api/remove-group-member";
import { searchGroups } from "../member-search";
import { groupsCsv } from "../members-csv";
import { GuardedButton, GuardedIconButton } from "./GuardedButton";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";
import { MemberRoleEditor, type EditableMember } from "./MemberRoleEditor";
import { AddGroupsDialog } from "./AddGroupsDialog";

export function GroupsTab({ iTwinId, onMessage }: { iTwinId: string; onMessage: (m: string) => void }) {
  const access = useMemberAccess(iTwinId);
  const groups = useAllGroupMembers(iTwinId);
  const remove = useRemoveGroupMember(iTwinId);
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [editing, setEditing] = useState<EditableMember | null>(null);
  const [removing, setRemoving] = useState<GroupMember | null>(null);
  const [adding, setAdding] = useState(false);

  const visible = useMemo(
    () => searchGroups(groups.data ?? [], search).sort((a, b) => a.groupName.localeCompare(b.groupName)),
    [groups.data, search],
  );

  if (groups.isPending) {
    return (
      <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
        <CircularProgress size={20} /> Loading group members…
      </Box>
    );
  }
  if (groups.isError) return <ApiErrorAlert error={groups.error} action="Loading group members" onRetry={() => void groups.refetch()} />;

  const addButton = (
    <GuardedButton
      access={access.invite}
      permission={INVITE_PERMISSION}
      variant="contained"
      startIcon={<GroupAddIcon />}
      onClick={() => setAdding(true)}
    >
      Add groups
    </GuardedButton>
  );

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
        <TextField
          size="small"
          label="Search groups"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          sx={{ minWidth: 300 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <Typography sx={{ flexGrow: 1 }} color="text.secondary" data-testid="groups-total">
          {search.trim() ? `${visible.length} of ` : ""}
          {groups.data.length} group member{groups.data.length === 1 ? "" : "s"}
        </Typography>
        <Button
          startIcon={<DownloadIcon />}
          onClick={() => downloadFile(`itwin-${iTwinId}-groups${search.trim() ? "-filtered" : ""}.csv`, groupsCsv(visible))}
          disabled={visible.length === 0}
        >
          Export CSV
        </Button>
        {addButton}
      </Stack>
      {groups.data.length === 0 ? (
        <Alert severity="info">No group holds roles on this iTwin yet. Add a group to give all its members roles at once.</Alert>
      ) : visible.length === 0 ? (
        <Typography>No group matches “{search}”.</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label="Group members">
            <TableHead>
              <TableRow>
                <TableCell>Group</TableCell>
                <TableCell>Description</TableCell>
                <TableCell>Roles</TableCell>
                <TableCell align="right">Actions</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {visible.slice(page * pageSize, (page + 1) * pageSize).map((g) => (
                <TableRow key={g.id} data-testid="group-row">
                  <TableCell>{g.groupName}</TableCell>
                  <TableCell>{g.groupDescription}</TableCell>
                  <TableCell>
                    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
                      {g.roles.map((r) => (
                        <Chip key={r.id} size="small" label={r.displayName} />
                      ))}
                    </Box>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    <GuardedIconButton
                      access={access.invite}
                      permission={INVITE_PERMISSION}
                      label={`Edit roles of ${g.groupName}`}
                      onClick={() => setEditing({ kind: "group", id: g.id, name: g.groupName, roles: g.roles })}
                    >
                      <EditIcon fontSize="small" />
                    </GuardedIconButton>
                    <GuardedIconButton
                      access={access.remove}
                      permission={REMOVE_PERMISSION}
                      label={`Remove ${g.groupName}`}
                      color="error"
                      onClick={() => setRemoving(g)}
                    >
                      <DeleteIcon fontSize="small" />
                    </GuardedIconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={visible.length}
            page={page}
            onPageChange={(_e, p) => setPage(p)}
            rowsPerPage={pageSize}
            onRowsPerPageChange={(e) => {
              setPageSize(Number(e.target.value));
              setPage(0);
            }}
            rowsPerPageOptions={[25, 50, 100]}
          />
        </TableContainer>
      )}
      {editing ? (
        <MemberRoleEditor
          iTwinId={iTwinId}
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setEditing(null);
            onMessage(m);
          }}
        />
      ) : null}
      {adding ? (
        <AddGroupsDialog
          iTwinId={iTwinId}
          existingGroupIds={groups.data.map((g) => g.id)}
          onClose={() => setAdding(false)}
          onAdded={(m) => {
            setAdding(false);
            onMessage(m);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title="Remove group member?"
        confirmLabel="Remove"
        destructive
        busy={remove.isPending}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              onMessage(`${removing.groupName} no longer holds roles on the iTwin.`);
              setRemoving(null);
            },
          })
        }
      >
        {removing ? (
          <>
            <Typography>{`The group ${removing.groupName} loses its roles on this iTwin (${removing.roles.map((r) => r.displayName).join(", ") || "none"}). The group itself and its members stay.`}</Typography>
            {remove.isError ? (
              <Box sx={{ mt: 2 }}>
                <ApiErrorAlert error={remove.error} action="Removing the group member" requiredPermission={REMOVE_PERMISSION} />
              </Box>
            ) : null}
          </>
        ) : null}
      </ConfirmDialog>
    </Stack>
  );
}
