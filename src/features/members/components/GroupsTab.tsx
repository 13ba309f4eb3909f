// Groups that hold roles on the iTwin (every page of listGroupMembers by $top/$skip), shown a page at
// a time, with search, CSV export, role editing, adding and removing.
import { useMemo, useState } from "react";
import EditIcon from "@mui/icons-material/Edit";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import GroupAddIcon from "@mui/icons-material/GroupAdd";
import type { GroupMember } from "../../../api/wire";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { downloadFile } from "../../../lib/csv";
import { useRemoveGroupMember } from "../api/remove-group-member";
import { searchGroups } from "../member-search";
import { groupsCsv } from "../members-csv";
import { GuardedButton, GuardedIconButton } from "../../../components/GuardedButton";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";
import { MemberRoleEditor, type EditableMember } from "./MemberRoleEditor";
import { AddGroupsDialog } from "./AddGroupsDialog";
import { MemberList, NoMembers } from "./MemberList";
import { MemberTable, RoleChips, type MemberColumn } from "./MemberTable";
import { ServerName } from "../../../components/ServerName";
import { RoleNameList } from "./RoleNameList";

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
  const all = groups.data ?? [];

  const columns: MemberColumn<GroupMember>[] = [
    { header: "Group", cell: (g) => <ServerName name={g.groupName} /> },
    { header: "Description", cell: (g) => (g.groupDescription ? <ServerName name={g.groupDescription} /> : null) },
    { header: "Roles", cell: (g) => <RoleChips roles={g.roles} /> },
    {
      header: "Actions",
      align: "right",
      cell: (g) => (
        <>
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
        </>
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
      removal={{
        open: removing !== null,
        title: "Remove group member?",
        confirmLabel: "Remove",
        text: removing ? (
          <>
            The group <ServerName name={removing.groupName} /> loses its roles on this iTwin (<RoleNameList roles={removing.roles} />
            ). The group itself and its members stay.
          </>
        ) : (
          ""
        ),
        busy: remove.isPending,
        error: remove.isError ? remove.error : null,
        errorAction: "Removing the group member",
        requiredPermission: REMOVE_PERMISSION,
        onCancel: () => {
          setRemoving(null);
          remove.reset();
        },
        onConfirm: () =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              onMessage(`${removing.groupName} no longer holds roles on the iTwin.`);
              setRemoving(null);
            },
          }),
      }}
      dialogs={
        <>
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
              existingGroupIds={all.map((g) => g.id)}
              onClose={() => setAdding(false)}
              onAdded={(m) => {
                setAdding(false);
                onMessage(m);
              }}
            />
          ) : null}
        </>
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
