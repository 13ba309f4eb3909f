// The users of the iTwin in a DataGrid. Browsing pages through the server ($top/$skip, one page at a
// time); searching or sorting needs every member, so the rest is loaded with a visible progress count
// and the search and sort then work on the whole set here. The grid is only ever handed the page it
// shows (server pagination and sorting from its point of view), so 20 000 members cost a filter and a
// slice per keystroke, not a rebuild of the grid's row model. Missing users (deleted from IMS) are
// flagged with an offer to remove them.
import { useEffect, useMemo, useState } from "react";
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  InputAdornment,
  LinearProgress,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from "@mui/material";
import { DataGrid, type GridColDef, type GridPaginationModel, type GridSortModel } from "@mui/x-data-grid";
import SearchIcon from "@mui/icons-material/Search";
import EditIcon from "@mui/icons-material/Edit";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import DownloadIcon from "@mui/icons-material/Download";
import PersonAddIcon from "@mui/icons-material/PersonAdd";
import { useQueryClient } from "@tanstack/react-query";
import type { UserMember } from "../../../api/wire";
import { useApiClient } from "../../../api/client-context";
import { allUserMembersQuery, useAllUserMembers } from "../../../api/queries/all-user-members";
import { MissingUserChip } from "./MissingUserChip";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { downloadFile } from "../../../lib/csv";
import { usePrefetchUserMembersFirstPage, useUserMembersPages } from "../api/get-user-members-page";
import { useRemoveUserMember } from "../api/remove-user-member";
import {
  buildUserSearchIndex,
  isMissingUser,
  searchUserIndex,
  searchUsers,
  sortUsers,
  userDisplayName,
  userSortText,
  type UserSortField,
} from "../member-search";
import { usersCsv } from "../members-csv";
import { GuardedButton, GuardedIconButton } from "./GuardedButton";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";
import { MemberRoleEditor, type EditableMember } from "./MemberRoleEditor";
import { AddUsersDialog } from "./AddUsersDialog";

const rowId = (r: UserMember) => r.id;
// Role chips wrap, so rows grow with them.
const autoRowHeight = () => "auto" as const;
const SORT_FIELDS: readonly string[] = ["name", "email", "organization", "roles"] satisfies UserSortField[];

export function UsersTab({ iTwinId, onMessage }: { iTwinId: string; onMessage: (m: string) => void }) {
  usePrefetchUserMembersFirstPage(iTwinId);
  const access = useMemberAccess(iTwinId);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModel] = useState<GridSortModel>([]);
  const [wantAll, setWantAll] = useState(false);
  const [editing, setEditing] = useState<EditableMember | null>(null);
  const [removing, setRemoving] = useState<UserMember | null>(null);
  const [adding, setAdding] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const remove = useRemoveUserMember(iTwinId);

  const query = search.trim();
  const needAll = wantAll || query !== "" || sortModel.length > 0;
  const pages = useUserMembersPages(iTwinId);
  const all = useAllUserMembers(iTwinId, needAll);
  const loaded = useMemo(() => pages.data?.pages.flatMap((p) => p.members) ?? [], [pages.data]);
  const everyPageLoaded = pages.isSuccess && !pages.hasNextPage;
  // The whole set, once known: either every page was browsed or the full list was loaded.
  const whole = all.data ?? (everyPageLoaded ? loaded : undefined);
  const serverMode = whole === undefined && !needAll;
  const known = whole ?? loaded;
  // Lowered once per member list; each keystroke then only scans strings (a few ms for 20 000).
  const index = useMemo(() => (serverMode ? null : buildUserSearchIndex(known)), [serverMode, known]);
  const found = useMemo(() => (index ? searchUserIndex(index, query) : null), [index, query]);
  const sort = sortModel[0];
  // Sorted apart from the search, so typing re-sorts only the matches, never the whole list.
  const matches = useMemo(() => {
    if (!found || !sort?.sort || !SORT_FIELDS.includes(sort.field)) return found;
    return sortUsers(found, sort.field as UserSortField, sort.sort);
  }, [found, sort?.field, sort?.sort]);
  const { page, pageSize } = pagination;
  const rows = useMemo(() => (matches ?? loaded).slice(page * pageSize, (page + 1) * pageSize), [matches, loaded, page, pageSize]);
  // Fewer matches than the page needs (a narrower search, a removal): back to the last page there is.
  if (matches && page > 0 && page * pageSize >= matches.length)
    setPagination({ page: Math.max(0, Math.ceil(matches.length / pageSize) - 1), pageSize });

  // Browsing forward: fetch the next server page when the grid page reaches past what is loaded.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const neededCount = (pagination.page + 1) * pagination.pageSize;
  useEffect(() => {
    if (serverMode && hasNextPage && !isFetchingNextPage && loaded.length < neededCount) void fetchNextPage();
  }, [serverMode, hasNextPage, isFetchingNextPage, loaded.length, neededCount, fetchNextPage]);

  const missingLoaded = useMemo(() => known.filter(isMissingUser).length, [known]);
  const loadingRest = needAll && whole === undefined && all.isFetching;

  async function exportCsv() {
    setExportError(null);
    try {
      const members = whole ?? (await queryClient.fetchQuery(allUserMembersQuery(client, iTwinId)));
      downloadFile(`itwin-${iTwinId}-users${query ? "-filtered" : ""}.csv`, usersCsv(searchUsers(members, query)));
    } catch (e) {
      setExportError(e);
    }
  }

  const { known: permissionsKnown, allowed: mayInvite } = access.invite;
  const mayRemove = access.remove.allowed;
  // Stable between renders (a keystroke must not make the grid rebuild its columns); only the caller's
  // permissions change the action buttons.
  const columns = useMemo((): GridColDef<UserMember>[] => {
    const invite = { known: permissionsKnown, allowed: mayInvite };
    const removal = { known: permissionsKnown, allowed: mayRemove };
    return [
      {
        field: "name",
        headerName: "Name",
        flex: 1,
        // Minimum widths sized so every column, actions included, fits a 768 px window.
        minWidth: 140,
        valueGetter: (_v, row) => userSortText(row, "name"),
        renderCell: ({ row }) =>
          isMissingUser(row) ? (
            <Tooltip title="This user was deleted from Bentley IMS but still holds roles on this iTwin.">
              <MissingUserChip />
            </Tooltip>
          ) : (
            userDisplayName(row)
          ),
      },
      { field: "email", headerName: "E-mail", flex: 1, minWidth: 160, valueGetter: (_v, row) => userSortText(row, "email") },
      {
        field: "organization",
        headerName: "Organization",
        flex: 0.8,
        minWidth: 110,
        valueGetter: (_v, row) => userSortText(row, "organization"),
      },
      {
        field: "roles",
        headerName: "Roles",
        flex: 1.4,
        minWidth: 170,
        valueGetter: (_v, row) => userSortText(row, "roles"),
        renderCell: ({ row }) => (
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, py: 0.5 }}>
            {row.roles.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No roles
              </Typography>
            ) : (
              row.roles.map((r) => <Chip key={r.id} size="small" label={r.displayName} />)
            )}
          </Box>
        ),
      },
      {
        field: "actions",
        headerName: "Actions",
        sortable: false,
        width: 100,
        renderCell: ({ row }) => {
          const name = isMissingUser(row) ? `missing user ${row.id}` : userDisplayName(row);
          return (
            <Stack direction="row">
              <GuardedIconButton
                access={invite}
                permission={INVITE_PERMISSION}
                label={`Edit roles of ${name}`}
                onClick={() => setEditing({ kind: "user", id: row.id, name, roles: row.roles })}
              >
                <EditIcon fontSize="small" />
              </GuardedIconButton>
              <GuardedIconButton
                access={removal}
                permission={REMOVE_PERMISSION}
                label={`Remove ${name}`}
                color="error"
                onClick={() => setRemoving(row)}
              >
                <DeleteIcon fontSize="small" />
              </GuardedIconButton>
            </Stack>
          );
        },
      },
    ];
  }, [permissionsKnown, mayInvite, mayRemove]);

  if (pages.isError && !all.data) {
    return <ApiErrorAlert error={pages.error} action="Loading members" onRetry={() => void pages.refetch()} />;
  }

  const totalText = whole ? `${whole.length} member${whole.length === 1 ? "" : "s"}` : pages.isSuccess ? `${loaded.length}+ members` : "";
  const firstLoadDone = pages.isSuccess || all.isSuccess;
  const empty = firstLoadDone && (whole ?? loaded).length === 0;

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
        <TextField
          size="small"
          label="Search members"
          placeholder="Name, e-mail, organization or role"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPagination((p) => (p.page === 0 ? p : { ...p, page: 0 }));
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
        <Typography sx={{ flexGrow: 1 }} color="text.secondary" data-testid="users-total" aria-live="polite">
          {query && whole && matches ? `${matches.length} of ${totalText}` : totalText}
          {!whole && pages.isSuccess ? (
            <Button size="small" onClick={() => setWantAll(true)} sx={{ ml: 1 }} disabled={all.isFetching}>
              Count all
            </Button>
          ) : null}
        </Typography>
        <Button startIcon={<DownloadIcon />} onClick={() => void exportCsv()} disabled={!firstLoadDone}>
          Export CSV
        </Button>
        <GuardedButton
          access={access.invite}
          permission={INVITE_PERMISSION}
          variant="contained"
          startIcon={<PersonAddIcon />}
          onClick={() => setAdding(true)}
        >
          Add users
        </GuardedButton>
      </Stack>
      {!firstLoadDone && !pages.isError ? (
        <Box role="status" sx={{ display: "flex", gap: 1, alignItems: "center" }}>
          <CircularProgress size={18} /> Loading members…
        </Box>
      ) : null}
      {loadingRest ? (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">
            Loading all members to {query ? "search" : "sort"} them… {all.loaded} loaded so far. Showing matches among the members loaded
            already.
          </Typography>
          <LinearProgress />
        </Box>
      ) : null}
      {all.isError && needAll ? <ApiErrorAlert error={all.error} action="Loading all members" onRetry={() => void all.refetch()} /> : null}
      {exportError ? <ApiErrorAlert error={exportError} action="Exporting members" /> : null}
      {missingLoaded > 0 && query.toLowerCase() !== "missing user" ? (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => setSearch("missing user")}>
              Show them
            </Button>
          }
        >
          {missingLoaded} missing user{missingLoaded === 1 ? "" : "s"} (deleted from Bentley IMS) still hold{missingLoaded === 1 ? "s" : ""}{" "}
          roles here. You can remove them.
        </Alert>
      ) : null}
      {empty ? (
        <Alert
          severity="info"
          action={
            access.invite.allowed ? (
              <Button color="inherit" size="small" onClick={() => setAdding(true)}>
                Add users
              </Button>
            ) : undefined
          }
        >
          This iTwin has no user members yet.
        </Alert>
      ) : query && whole && matches?.length === 0 ? (
        <Typography>No member matches “{query}”.</Typography>
      ) : !firstLoadDone ? null : (
        // Mounted once the first page is here: mounting it empty first cost as much again as the rows.
        <DataGrid
          aria-label="User members"
          rows={rows}
          columns={columns}
          getRowId={rowId}
          loading={serverMode && isFetchingNextPage && rows.length === 0}
          // The grid sees one page; paging, searching and sorting happen here (on the server pages while
          // browsing, on every member once they are loaded).
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          disableColumnFilter
          rowCount={matches ? matches.length : hasNextPage ? -1 : loaded.length}
          paginationMeta={serverMode ? { hasNextPage: hasNextPage || neededCount < loaded.length } : undefined}
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          pageSizeOptions={[25, 50, 100]}
          sortModel={sortModel}
          onSortModelChange={(model) => {
            setSortModel(model);
            setPagination((p) => (p.page === 0 ? p : { ...p, page: 0 }));
          }}
          getRowHeight={autoRowHeight}
          autoHeight
          disableVirtualization
          disableRowSelectionOnClick
          // The CSP has no 'unsafe-eval': no generated filter functions (and no probe for them).
          disableEval
          localeText={{ noRowsLabel: "No members" }}
        />
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
      {adding ? <AddUsersDialog iTwinId={iTwinId} onClose={() => setAdding(false)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={removing && isMissingUser(removing) ? "Remove missing user?" : "Remove member?"}
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
              onMessage(`${isMissingUser(removing) ? "Missing user" : userDisplayName(removing)} was removed from the iTwin.`);
              setRemoving(null);
            },
          })
        }
      >
        {removing ? (
          <>
            <Typography>
              {isMissingUser(removing)
                ? `The missing user ${removing.id} (deleted from Bentley IMS) loses every role on this iTwin.`
                : `${userDisplayName(removing)} (${removing.email}) loses every role on this iTwin: ${removing.roles.map((r) => r.displayName).join(", ") || "none"}.`}
            </Typography>
            {remove.isError ? (
              <Box sx={{ mt: 2 }}>
                <ApiErrorAlert error={remove.error} action="Removing the member" requiredPermission={REMOVE_PERMISSION} />
              </Box>
            ) : null}
          </>
        ) : null}
      </ConfirmDialog>
    </Stack>
  );
}
