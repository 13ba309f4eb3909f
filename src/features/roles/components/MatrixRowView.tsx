// One row of the matrix: a group (collapsible, with counts per role), a permission or, swapped, a
// role. Memoized: it gets only its own slice of the pending edits, so a toggle re-renders one row.
import { memo } from "react";
import { cellOf, isAccountCell, type MatrixColumn, type MatrixRow } from "../matrix";
import type { CellValues, PendingChanges } from "../pending-changes";
import type { ColumnStatus } from "./column-status";
import { granted, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, withIndex } from "./matrix-geometry";
import { ACCOUNT_ROLE_HINT, StatusLine } from "./MatrixHeaderRow";
import { ServerName } from "../../../components/ServerName";
import { PermissionName } from "../../../components/PermissionName";
import { revealHidden } from "../../../lib/server-text";

interface MatrixRowViewProps {
  row: MatrixRow;
  index: number;
  columns: readonly MatrixColumn[];
  colStart: number;
  colEnd: number;
  colWidth: number;
  totalWidth: number;
  focusCol: number | null;
  baseSets: ReadonlyMap<string, ReadonlySet<string>>;
  /** This row's pending edits (by role for a permission row, by permission for a role row). */
  slice: CellValues | undefined;
  /** Group rows count over many permissions, so they see every pending edit. */
  pendingForGroup: PendingChanges | undefined;
  readOnly: boolean;
  status: ColumnStatus | undefined;
  onOpenRole: (roleId: string) => void;
}

export const MatrixRowView = memo(function MatrixRowView(props: MatrixRowViewProps) {
  const {
    row,
    index,
    columns,
    colStart,
    colEnd,
    colWidth,
    totalWidth,
    focusCol,
    baseSets,
    slice,
    pendingForGroup,
    readOnly,
    status,
    onOpenRole,
  } = props;
  const colIndexes = withIndex(colStart, colEnd, focusCol);
  const rowProps = {
    role: "row",
    "aria-rowindex": index + 2,
    style: { top: HEADER_HEIGHT + index * ROW_HEIGHT, width: totalWidth, height: ROW_HEIGHT },
  } as const;

  if (row.kind === "group") {
    const pending = pendingForGroup!;
    return (
      <div {...rowProps} className="pm-row pm-group-row">
        <div role="rowheader" aria-colindex={1} className="pm-rowheader pm-group-header" style={{ width: ROW_HEADER_WIDTH }}>
          <button
            type="button"
            className="pm-link pm-focusable"
            tabIndex={focusCol === -1 ? 0 : -1}
            data-pos={`${index}:-1`}
            aria-expanded={!row.collapsed}
            data-kind="group-cell"
          >
            <span aria-hidden="true">{row.collapsed ? "▸ " : "▾ "}</span>
            {row.service} ({row.permissions.length})
          </button>
        </div>
        {colIndexes.map((c) => {
          const column = columns[c]!;
          let text = "";
          if (column.kind === "role") {
            const roleId = column.role.id;
            const cells = pending.byRole.get(roleId);
            let n = 0;
            for (const p of row.permissions) if (granted(baseSets, cells, p, roleId, p)) n += 1;
            text = `${n}/${row.permissions.length}`;
          }
          return (
            <div
              key={column.key}
              role="gridcell"
              aria-colindex={c + 2}
              className="pm-cell pm-group-cell"
              style={{ left: ROW_HEADER_WIDTH + c * colWidth, width: colWidth }}
            >
              <span tabIndex={focusCol === c ? 0 : -1} data-pos={`${index}:${c}`} data-kind="group-cell" className="pm-focusable pm-muted">
                {text}
              </span>
            </div>
          );
        })}
      </div>
    );
  }

  let rowTotal = 0;
  const cells = colIndexes.map((c) => {
    const column = columns[c]!;
    const cell = cellOf(row, column)!;
    const key = row.kind === "permission" ? cell.roleId : cell.permission;
    const value = granted(baseSets, slice, key, cell.roleId, cell.permission);
    const changed = slice?.has(key) ?? false;
    const roleName = row.kind === "role" ? row.role.displayName : column.kind === "role" ? column.role.displayName : "";
    const cellReadOnly = readOnly || isAccountCell(row, column);
    return (
      <div
        key={column.key}
        role="gridcell"
        aria-colindex={c + 2}
        aria-readonly={cellReadOnly || undefined}
        className={`pm-cell${changed ? " pm-changed" : ""}`}
        style={{ left: ROW_HEADER_WIDTH + c * colWidth, width: colWidth }}
      >
        <span
          role="checkbox"
          aria-checked={value}
          aria-readonly={cellReadOnly || undefined}
          aria-label={`${revealHidden(roleName)}: ${cell.permission}${changed ? " (unsaved change)" : ""}`}
          tabIndex={focusCol === c ? 0 : -1}
          data-pos={`${index}:${c}`}
          data-kind="cell"
          className={`pm-check pm-focusable${value ? " pm-on" : ""}`}
        >
          <span aria-hidden="true">{value ? "✓" : changed ? "–" : ""}</span>
        </span>
      </div>
    );
  });
  for (const column of columns) {
    const cell = cellOf(row, column);
    if (cell && granted(baseSets, slice, row.kind === "permission" ? cell.roleId : cell.permission, cell.roleId, cell.permission))
      rowTotal += 1;
  }

  return (
    <div {...rowProps} className="pm-row">
      <div role="rowheader" aria-colindex={1} className="pm-rowheader" style={{ width: ROW_HEADER_WIDTH }}>
        {row.kind === "permission" ? (
          <PermissionName
            permission={row.permission}
            className="pm-focusable pm-name"
            tabIndex={focusCol === -1 ? 0 : -1}
            pos={`${index}:-1`}
          />
        ) : row.account ? (
          <span className="pm-focusable pm-name" tabIndex={focusCol === -1 ? 0 : -1} data-pos={`${index}:-1`} title={ACCOUNT_ROLE_HINT}>
            <ServerName name={row.role.displayName} /> <span className="pm-account">Account role</span>
          </span>
        ) : (
          <button
            type="button"
            className="pm-link pm-focusable pm-name"
            tabIndex={focusCol === -1 ? 0 : -1}
            data-pos={`${index}:-1`}
            title={revealHidden(row.role.displayName)}
            onClick={() => onOpenRole(row.role.id)}
          >
            <ServerName name={row.role.displayName} />
          </button>
        )}
        <span
          className="pm-muted pm-count"
          title={row.kind === "permission" ? "Roles granting it (of those shown)" : "Permissions shown that it grants"}
        >
          {rowTotal}
        </span>
        {status ? <StatusLine status={status} /> : null}
      </div>
      {cells}
    </div>
  );
});
