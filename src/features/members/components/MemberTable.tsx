// The rows of a member list as a table: one column per thing the kind shows, paged here when the
// kind is paged (groups), all rows otherwise (owners, invitations).
import type { ReactNode } from "react";
import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow } from "@mui/material";
import type { RoleRef } from "../../../api/wire";
import { ServerName } from "../../../components/ServerName";

export interface MemberColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  align?: "right";
  /** Extra cell props, e.g. a title. */
  cellProps?: (row: T) => { title?: string };
}

export interface MemberPaging {
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

export function MemberTable<T extends { id: string }>(props: {
  label: string;
  rows: readonly T[];
  columns: readonly MemberColumn<T>[];
  rowTestId?: string;
  paging?: MemberPaging;
}) {
  const { label, rows, columns, rowTestId, paging } = props;
  const shown = paging ? rows.slice(paging.page * paging.pageSize, (paging.page + 1) * paging.pageSize) : rows;
  return (
    <TableContainer>
      {/* A long name wraps inside its cell instead of pushing the table wider than its box. */}
      <Table size="small" aria-label={label} sx={{ "& td": { overflowWrap: "anywhere" } }}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.header} align={c.align}>
                {c.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.id} data-testid={rowTestId}>
              {columns.map((c) => (
                <TableCell
                  key={c.header}
                  align={c.align}
                  sx={c.align === "right" ? { whiteSpace: "nowrap" } : undefined}
                  {...c.cellProps?.(row)}
                >
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {paging ? (
        <TablePagination
          component="div"
          count={rows.length}
          page={paging.page}
          onPageChange={(_e, p) => paging.onPage(p)}
          rowsPerPage={paging.pageSize}
          onRowsPerPageChange={(e) => paging.onPageSize(Number(e.target.value))}
          rowsPerPageOptions={[25, 50, 100]}
        />
      ) : null}
    </TableContainer>
  );
}

/** A member's roles as chips. */
export function RoleChips({ roles, empty }: { roles: readonly RoleRef[]; empty?: ReactNode }) {
  if (roles.length === 0 && empty) return <>{empty}</>;
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, minWidth: 0, maxWidth: "100%" }}>
      {roles.map((r) => (
        // A width in pixels, not only 100%: a table sizes its columns by their content, and a percentage
        // would let a 300-character role's chip widen its column (and the table) to the whole name.
        <Chip key={r.id} size="small" sx={{ maxWidth: { xs: 200, md: 320 } }} label={<ServerName name={r.displayName} maxWidth="100%" />} />
      ))}
    </Box>
  );
}
