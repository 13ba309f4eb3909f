// The users of the iTwin in a DataGrid. Browsing pages through the server ($top/$skip, one page at a
// time); searching or sorting needs every member, so the rest is loaded with a visible progress count
// and the search and sort then work on the whole set here. The grid is only ever handed the page it
// shows (server pagination and sorting from its point of view), so 20 000 members cost a filter and a
// slice per keystroke, not a rebuild of the grid's row model. Missing users (deleted from IMS) are
// flagged with an offer to remove them. The toolbar, states and removal come from the shared MemberList.
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { Button } from "@mui/material";
import { DataGrid, type GridPaginationModel, type GridSortModel } from "@mui/x-data-grid";
import PersonAddIcon from "@mui/icons-material/PersonAdd";
import { useQueryClient } from "@tanstack/react-query";
import type { UserMember } from "../../../api/wire";
import { useApiClient } from "../../../api/client-context";
import { fetchAllUserMembers, useAllUserMembers } from "../../../api/queries/all-user-members";
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
  type UserSortField,
} from "../member-search";
import { usersCsv } from "../members-csv";
import { GuardedButton } from "../../../components/GuardedButton";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";
import { useMemberRemoval, useMemberRoleEditing } from "./member-list-actions";
import { AddUsersDialog } from "./AddUsersDialog";
import { MemberList, NoMembers } from "./MemberList";
import { userColumns } from "./user-columns";
import { UsersNotices } from "./UsersNotices";
import { ServerName } from "../../../components/ServerName";
import { RoleNameList } from "./RoleNameList";

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
  const [adding, setAdding] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const { ask: askRemove, removal } = useMemberRemoval({
    mutation: useRemoveUserMember(iTwinId),
    variables: (user: UserMember) => user.id,
    title: (user) => (user && isMissingUser(user) ? "Remove missing user?" : "Remove member?"),
    confirmLabel: "Remove",
    text: removalText,
    errorAction: "Removing the member",
    requiredPermission: REMOVE_PERMISSION,
    removed: (user) => `${isMissingUser(user) ? "Missing user" : userDisplayName(user)} was removed from the iTwin.`,
    onMessage,
  });
  const { edit, editing } = useMemberRoleEditing(iTwinId, onMessage);

  const query = search.trim();
  const needAll = wantAll || query !== "" || sortModel.length > 0;
  const pages = useUserMembersPages(iTwinId);
  const all = useAllUserMembers(iTwinId, needAll);
  const everyPageLoaded = pages.isSuccess && !pages.hasNextPage;
  // While the rest is loading, the table keeps the pages it had: indexing a list that grows by a page
  // 200 times over would cost more than loading it.
  const loaded = useHeld(
    useMemo(() => pages.data?.pages.flatMap((p) => p.members) ?? [], [pages.data]),
    needAll && !everyPageLoaded,
  );
  // The whole set, once known: every page is in (browsed or loaded for a search, a sort or a count).
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
      const members = whole ?? (await fetchAllUserMembers(queryClient, client, iTwinId));
      downloadFile(`itwin-${iTwinId}-users${query ? "-filtered" : ""}.csv`, usersCsv(searchUsers(members, query)));
    } catch (e) {
      setExportError(e);
    }
  }

  const { known: permissionsKnown, allowed: mayInvite } = access.invite;
  const mayRemove = access.remove.allowed;
  // Stable between renders (a keystroke must not make the grid rebuild its columns); only the caller's
  // permissions change the action buttons.
  const columns = useMemo(
    () =>
      userColumns({
        invite: { known: permissionsKnown, allowed: mayInvite },
        removal: { known: permissionsKnown, allowed: mayRemove },
        onEdit: edit,
        onRemove: askRemove,
      }),
    [permissionsKnown, mayInvite, mayRemove, edit, askRemove],
  );

  const totalText = whole ? `${whole.length} member${whole.length === 1 ? "" : "s"}` : pages.isSuccess ? `${loaded.length}+ members` : "";
  const firstLoadDone = pages.isSuccess || all.isSuccess;
  const empty = firstLoadDone && (whole ?? loaded).length === 0;

  return (
    <MemberList
      error={
        pages.isError && !all.data ? { error: pages.error, action: "Loading members", onRetry: () => void pages.refetch() } : undefined
      }
      search={{
        label: "Search members",
        placeholder: "Name, e-mail, organization or role",
        value: search,
        onChange: (text) => {
          setSearch(text);
          setPagination((p) => (p.page === 0 ? p : { ...p, page: 0 }));
        },
      }}
      total={{
        testId: "users-total",
        text: (
          <>
            {query && whole && matches ? `${matches.length} of ${totalText}` : totalText}
            {!whole && pages.isSuccess ? (
              <Button size="small" onClick={() => setWantAll(true)} sx={{ ml: 1 }} disabled={all.isFetching}>
                Count all
              </Button>
            ) : null}
          </>
        ),
      }}
      onExport={() => void exportCsv()}
      exportDisabled={!firstLoadDone}
      addButton={
        <GuardedButton
          access={access.invite}
          permission={INVITE_PERMISSION}
          variant="contained"
          startIcon={<PersonAddIcon />}
          onClick={() => setAdding(true)}
        >
          Add users
        </GuardedButton>
      }
      notices={
        <UsersNotices
          loadingFirst={!firstLoadDone && !pages.isError}
          loadingRest={loadingRest ? { loaded: all.loaded, searching: query !== "" } : undefined}
          allError={all.isError && needAll ? { error: all.error, onRetry: () => void all.refetch() } : undefined}
          exportError={exportError}
          missing={query.toLowerCase() !== "missing user" ? missingLoaded : 0}
          onShowMissing={() => setSearch("missing user")}
          mayRemove={mayRemove}
        />
      }
      empty={
        empty ? (
          <NoMembers
            action={
              access.invite.allowed ? (
                <Button color="inherit" size="small" onClick={() => setAdding(true)}>
                  Add users
                </Button>
              ) : undefined
            }
          >
            This iTwin has no user members yet.
          </NoMembers>
        ) : undefined
      }
      noMatch={query && whole && matches?.length === 0 ? `No member matches “${query}”.` : undefined}
      removal={removal}
      editing={editing}
      dialogs={adding ? <AddUsersDialog iTwinId={iTwinId} onClose={() => setAdding(false)} /> : null}
    >
      {firstLoadDone ? (
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
      ) : null}
    </MemberList>
  );
}

/** `value`, or while `hold` is true the value it had when the hold began. */
function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  if (!hold && held !== value) setHeld(value);
  return hold ? held : value;
}

function removalText(user: UserMember): ReactNode {
  if (isMissingUser(user)) return `The missing user ${user.id} (deleted from Bentley IMS) loses every role on this iTwin.`;
  return (
    <>
      <ServerName name={userDisplayName(user)} /> (<ServerName name={user.email ?? ""} />) loses every role on this iTwin:{" "}
      <RoleNameList roles={user.roles} />.
    </>
  );
}
