// Groups that hold roles on the iTwin (every page of listGroupMembers by $top/$skip), shown a page at
// a time, with search, CSV export, role editing, adding and removing.
import { useMemo, useState } from "react";
import GroupAddIcon from "@mui/icons-material/GroupAdd";
import type { GroupMember } from "../../../api/wire";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { downloadFile } from "../../../lib/csv";
import { useRemoveGroupMember } from "../api/remove-group-member";
import { searchGroups } from "../member-search";
import { groupsCsv } from "../members-csv";
import { GuardedButton } from "../../../components/GuardedButton";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";
import { MemberRowActions, useMemberRemoval, useMemberRoleEditing } from "./member-list-actions";
import { AddGroupsDialog } from "./AddGroupsDialog";
import { MemberList, NoMembers } from "./MemberList";
import { MemberTable, RoleChips, type MemberColumn } from "./MemberTable";
import { ServerName } from "../../../components/ServerName";
import { RoleNameList } from "./RoleNameList";

export function GroupsTab({ iTwinId, onMessage }: { iTwinId: string; onMessage: (m: string) => void }) {
  const access = useMemberAccess(iTwinId);
  const groups = useAllGroupMembers(iTwinId);
  const { ask: askRemove, removal } = useMemberRemoval({
    mutation: useRemoveGroupMember(iTwinId),
    variables: (g: GroupMember) => g.id,
    title: "Remove group member?",
    confirmLabel: "Remove",
    text: (g) => (
      <>
        The group <ServerName name={g.groupName} /> loses its roles on this iTwin (<RoleNameList roles={g.roles} />
        ). The group itself and its members stay.
      </>
    ),
    errorAction: "Removing the group member",
    requiredPermission: REMOVE_PERMISSION,
    removed: (g) => `${g.groupName} no longer holds roles on the iTwin.`,
    onMessage,
  });
  const { edit, editing } = useMemberRoleEditing(iTwinId, onMessage);
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [adding, setAdding] = useState(false);

  const visible = useMemo(
    () => searchGroups(groups.data ?? [], search).sort((a, b) => a.groupName.localeCompare(b.groupName)),
    [groups.data, search],
  );
  const all = groups.data ?? [];

  const columns: MemberColumn<GroupMember>[] = [
    { header: "Group", cell: (g) => <ServerName name={g.groupName} /> },
    { header: "Description", cell: (g) => (g.groupDescription ? <ServerName name={g.groupDescription} /> : null) },
    { header: "Roles", cell: (g) => <RoleChips roles={g.roles} /> },
    {
      header: "Actions",
      align: "right",
      cell: (g) => (
        <MemberRowActions
          name={g.groupName}
          invite={access.invite}
          removal={access.remove}
          onEdit={() => edit({ kind: "group", id: g.id, name: g.groupName, roles: g.roles })}
          onRemove={() => askRemove(g)}
        />
      ),
    },
  ];

  return (
    <MemberList
      loading={groups.isPending ? "Loading group members…" : undefined}
      error={groups.isError ? { error: groups.error, action: "Loading group members", onRetry: () => void groups.refetch() } : undefined}
      search={{
        label: "Search groups",
        value: search,
        onChange: (text) => {
          setSearch(text);
          setPage(0);
        },
      }}
      total={{
        testId: "groups-total",
        text: `${search.trim() ? `${visible.length} of ` : ""}${all.length} group member${all.length === 1 ? "" : "s"}`,
      }}
      onExport={() => downloadFile(`itwin-${iTwinId}-groups${search.trim() ? "-filtered" : ""}.csv`, groupsCsv(visible))}
      exportDisabled={visible.length === 0}
      addButton={
        <GuardedButton
          access={access.invite}
          permission={INVITE_PERMISSION}
          variant="contained"
          startIcon={<GroupAddIcon />}
          onClick={() => setAdding(true)}
        >
          Add groups
        </GuardedButton>
      }
      empty={
        all.length === 0 ? (
          <NoMembers>No group holds roles on this iTwin yet. Add a group to give all its members roles at once.</NoMembers>
        ) : undefined
      }
      noMatch={visible.length === 0 ? `No group matches “${search}”.` : undefined}
      removal={removal}
      editing={editing}
      dialogs={
        adding ? (
          <AddGroupsDialog
            iTwinId={iTwinId}
            existingGroupIds={all.map((g) => g.id)}
            onClose={() => setAdding(false)}
            onAdded={(m) => {
              setAdding(false);
              onMessage(m);
            }}
          />
        ) : null
      }
    >
      <MemberTable
        label="Group members"
        rows={visible}
        columns={columns}
        rowTestId="group-row"
        paging={{
          page,
          pageSize,
          onPage: setPage,
          onPageSize: (size) => {
            setPageSize(size);
            setPage(0);
          },
        }}
      />
    </MemberList>
  );
}
