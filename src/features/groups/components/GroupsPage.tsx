// The iTwin's Access Control groups: create, rename, describe, set members and IMS groups, delete.
// Organization administrators see every group; anyone else with administration_manage_groups sees
// the groups that hold roles on the iTwin (the groups list is organization-administrator only).
import { useMemo, useState } from "react";
import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import { useParams } from "react-router-dom";
import type { Group } from "../../../api/wire";
import { groupCounts, useITwinGroups } from "../../../api/queries/itwin-groups";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { useCan } from "../../../api/queries/my-permissions";
import { Permission } from "../../../api/operations/permissions";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { GuardedButton } from "../../../components/GuardedButton";
import { SavedMessage } from "../../../components/SavedMessage";
import { useFocusAfterRemoval } from "../../../components/use-focus-after-removal";
import { GroupEditorDialog } from "./GroupEditorDialog";
import { DeleteGroupDialog } from "./DeleteGroupDialog";
import { PageHeader } from "../../../components/PageHeader";
import { ServerName } from "../../../components/ServerName";
import { revealHidden } from "../../../lib/server-text";

export function GroupsPage() {
  const { iTwinId = "" } = useParams();
  const groups = useITwinGroups(iTwinId);
  const holders = useAllGroupMembers(iTwinId);
  const canManage = useCan(iTwinId, Permission.manageGroups);
  const [filter, setFilter] = useState("");
  const [editing, setEditing] = useState<Group | "new" | null>(null);
  const [deleting, setDeleting] = useState<Group | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // A deleted group takes its row's buttons with it: focus goes to the row that took its place.
  const keepFocus = useFocusAfterRemoval<HTMLDivElement>();

  const rolesOf = useMemo(() => new Map((holders.data ?? []).map((gm) => [gm.id.toLowerCase(), gm.roles])), [holders.data]);
  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (groups.data?.groups ?? [])
      .filter((g) => !needle || g.name.toLowerCase().includes(needle) || (g.description ?? "").toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [groups.data, filter]);

  return (
    <Stack spacing={2} {...keepFocus}>
      <PageHeader
        title="Groups"
        description="Access Control groups gather people and IMS groups; a group given roles on the iTwin (Members → Groups) passes them to everyone in it."
      />
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap" }}>
        <TextField size="small" label="Filter groups" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <GuardedButton
          access={canManage}
          permission={Permission.manageGroups}
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setEditing("new")}
        >
          Create group
        </GuardedButton>
      </Box>
      {groups.isPending ? (
        <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
          <CircularProgress size={20} /> Loading groups…
        </Box>
      ) : groups.isError ? (
        <ApiErrorAlert
          error={groups.error}
          action="Loading groups"
          requiredPermission={Permission.manageGroups}
          onRetry={() => void groups.refetch()}
        />
      ) : (
        <>
          {groups.data.scope === "holding-roles" ? (
            <Alert severity="info" data-testid="groups-scope-notice">
              Showing the groups that hold roles on this iTwin. Only organization administrators can list every group.
            </Alert>
          ) : null}
          {visible.length === 0 ? (
            <Alert severity="info">{filter ? "No group matches the filter." : "This iTwin has no groups yet."}</Alert>
          ) : (
            <TableContainer>
              <Table size="small" aria-label="Groups" sx={{ "& td": { overflowWrap: "anywhere" } }}>
                <TableHead>
                  <TableRow>
                    <TableCell>Name</TableCell>
                    <TableCell>Description</TableCell>
                    <TableCell>Members</TableCell>
                    <TableCell>IMS groups</TableCell>
                    <TableCell>Roles on this iTwin</TableCell>
                    <TableCell align="right">Actions</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {visible.map((g) => {
                    const counts = groupCounts(g);
                    const roles = rolesOf.get(g.id.toLowerCase()) ?? [];
                    return (
                      <TableRow key={g.id} data-testid="group-row">
                        <TableCell>
                          <ServerName name={g.name} />
                        </TableCell>
                        <TableCell>{g.description ? <ServerName name={g.description} /> : ""}</TableCell>
                        <TableCell>
                          {counts.members}
                          {counts.membersTruncated ? <Chip size="small" sx={{ ml: 1 }} label={`${g.members.length} listed`} /> : null}
                        </TableCell>
                        <TableCell>
                          {counts.imsGroups}
                          {counts.imsGroupsTruncated ? <Chip size="small" sx={{ ml: 1 }} label={`${g.imsGroups.length} listed`} /> : null}
                        </TableCell>
                        <TableCell>
                          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, minWidth: 0 }}>
                            {roles.length === 0 ? <Typography variant="body2">none</Typography> : null}
                            {roles.map((r) => (
                              <Chip
                                key={r.id}
                                size="small"
                                sx={{ maxWidth: "100%" }}
                                label={<ServerName name={r.displayName} maxWidth="100%" />}
                              />
                            ))}
                          </Box>
                        </TableCell>
                        <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                          <GuardedButton
                            size="small"
                            access={canManage}
                            permission={Permission.manageGroups}
                            onClick={() => setEditing(g)}
                            aria-label={`Edit group ${revealHidden(g.name)}`}
                          >
                            Edit
                          </GuardedButton>
                          <GuardedButton
                            size="small"
                            color="error"
                            access={canManage}
                            permission={Permission.manageGroups}
                            onClick={() => setDeleting(g)}
                            aria-label={`Delete group ${revealHidden(g.name)}`}
                          >
                            Delete
                          </GuardedButton>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
      <GroupEditorDialog
        open={editing !== null}
        iTwinId={iTwinId}
        {...(editing && editing !== "new" && { group: editing })}
        onClose={() => setEditing(null)}
        onSaved={(group, created, note) => {
          setMessage(note ?? (created ? `Group ${group.name} was created. Add its members now.` : `Group ${group.name} was saved.`));
          // A new group opens for its members straight away (one created again already has them).
          setEditing(created && !note ? group : null);
        }}
      />
      <DeleteGroupDialog
        iTwinId={iTwinId}
        group={deleting}
        roles={deleting ? (rolesOf.get(deleting.id.toLowerCase()) ?? []) : []}
        onClose={() => setDeleting(null)}
        onDeleted={(name) => {
          setDeleting(null);
          setMessage(`Group ${name} was deleted.`);
        }}
      />
      <SavedMessage message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}
