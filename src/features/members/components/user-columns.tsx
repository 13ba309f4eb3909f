// The users grid's columns: name (missing users flagged), e-mail, organization, roles as chips, and
// the edit and remove actions, disabled with the permission they need when the caller lacks it.
import { Box, Chip, Typography } from "@mui/material";
import type { GridColDef } from "@mui/x-data-grid";
import type { UserMember } from "../../../api/wire";
import { isMissingUser, userDisplayName, userSortText } from "../member-search";
import type { Access } from "../../../components/GuardedButton";
import { MemberRowActions } from "./member-list-actions";
import type { EditableMember } from "./MemberRoleEditor";
import { ServerName } from "../../../components/ServerName";
import { MissingUserChip } from "./MissingUserChip";

export function userColumns(opts: {
  invite: Access;
  removal: Access;
  onEdit: (member: EditableMember) => void;
  onRemove: (user: UserMember) => void;
}): GridColDef<UserMember>[] {
  const { invite, removal, onEdit, onRemove } = opts;
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
          <MissingUserChip id={row.id} title="This user was deleted from Bentley IMS but still holds roles on this iTwin." />
        ) : (
          <ServerName name={userDisplayName(row)} maxWidth="100%" />
        ),
    },
    {
      field: "email",
      headerName: "E-mail",
      flex: 1,
      minWidth: 160,
      valueGetter: (_v, row) => userSortText(row, "email"),
      renderCell: ({ row }) => (row.email ? <ServerName name={row.email} maxWidth="100%" /> : null),
    },
    {
      field: "organization",
      headerName: "Organization",
      flex: 0.8,
      minWidth: 110,
      valueGetter: (_v, row) => userSortText(row, "organization"),
      renderCell: ({ row }) => (row.organization ? <ServerName name={row.organization} maxWidth="100%" /> : null),
    },
    {
      field: "roles",
      headerName: "Roles",
      flex: 1.4,
      minWidth: 170,
      valueGetter: (_v, row) => userSortText(row, "roles"),
      renderCell: ({ row }) => (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, py: 0.5, minWidth: 0, maxWidth: "100%" }}>
          {row.roles.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              No roles
            </Typography>
          ) : (
            // A long role name is cut to the column (full name on hover and focus); the row keeps its width.
            row.roles.map((r) => (
              <Chip key={r.id} size="small" sx={{ maxWidth: "100%" }} label={<ServerName name={r.displayName} maxWidth="100%" />} />
            ))
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
          <MemberRowActions
            name={name}
            invite={invite}
            removal={removal}
            onEdit={() => onEdit({ kind: "user", id: row.id, name, roles: row.roles, ...(row.email && { email: row.email }) })}
            onRemove={() => onRemove(row)}
          />
        );
      },
    },
  ];
}
