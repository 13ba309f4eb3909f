// The role × permission grid: an ARIA grid windowed on both axes (only the cells on screen exist in the
// DOM; aria-rowcount/colcount and aria-rowindex/colindex tell assistive technology the real size).
// One tab stop (roving tabindex, useRovingFocus); the window comes from useGridViewport.
// Each cell holds a checkbox (aria-checked): ARIA does not allow aria-checked on a gridcell itself.
// Rows are memoized and get only their own slice of the pending edits, so a toggle re-renders one row
// (plus the header and group rows, whose counts change).
import { useCallback, useLayoutEffect, useRef } from "react";
import { Box } from "@mui/material";
import type { Theme } from "@mui/material/styles";
import { plural } from "../../../lib/plural";
import { cellOf, isAccountCell, type MatrixColumn, type MatrixRow } from "../matrix";
import type { PendingChanges } from "../pending-changes";
import type { ColumnStatus } from "./column-status";
import {
  HEADER_HEIGHT,
  PERMISSION_COLUMN_WIDTH,
  ROLE_COLUMN_WIDTH,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  withIndex,
  type Pos,
} from "./matrix-geometry";
import { matrixSx } from "./matrix-styles";
import { MatrixHeaderRow } from "./MatrixHeaderRow";
import { MatrixRowView } from "./MatrixRowView";
import { useGridViewport } from "./use-grid-viewport";
import { useRovingFocus } from "./use-roving-focus";

export interface PermissionMatrixProps {
  label: string;
  rows: readonly MatrixRow[];
  columns: readonly MatrixColumn[];
  /** roleId → the permissions the role has in the base (before pending edits). */
  baseSets: ReadonlyMap<string, ReadonlySet<string>>;
  pending: PendingChanges;
  readOnly: boolean;
  selectedRoleIds: ReadonlySet<string>;
  /** roleId → outcome of the last save of that role, shown at its column (or row, when swapped). */
  roleStatus: ReadonlyMap<string, ColumnStatus>;
  onToggleCell: (roleId: string, permission: string) => void;
  onToggleGroup: (service: string) => void;
  onOpenRole: (roleId: string) => void;
}

/** Calls the latest callback without making memoized children re-render when it changes identity. */
function useStableCallback<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

export function PermissionMatrix(props: PermissionMatrixProps) {
  const { rows, columns, baseSets, pending, readOnly, selectedRoleIds, roleStatus, label } = props;
  const onToggleCell = useStableCallback(props.onToggleCell);
  const onToggleGroup = useStableCallback(props.onToggleGroup);
  const onOpenRole = useStableCallback(props.onOpenRole);
  const colWidth = columns[0]?.kind === "permission" ? PERMISSION_COLUMN_WIDTH : ROLE_COLUMN_WIDTH;
  const { scrollerRef, measure, reveal, rowWindow, colWindow, pageRows, columnsAfter } = useGridViewport(
    rows.length,
    columns.length,
    colWidth,
  );

  const activate = useCallback(
    (pos: Pos) => {
      const row = rows[pos.r];
      const column = columns[pos.c];
      if (!row) return;
      if (row.kind === "group") {
        onToggleGroup(row.service);
        return;
      }
      if (!column || readOnly || isAccountCell(row, column)) return;
      const cell = cellOf(row, column);
      if (cell) onToggleCell(cell.roleId, cell.permission);
    },
    [rows, columns, readOnly, onToggleCell, onToggleGroup],
  );

  const { current, onKeyDown, onClick } = useRovingFocus({
    containerRef: scrollerRef,
    rowCount: rows.length,
    columnCount: columns.length,
    pageRows,
    reveal,
    activate,
  });

  // Always render the focused row and column, so the grid's one tab stop never disappears on scroll.
  const rowIndexes = withIndex(rowWindow.start, rowWindow.end, current.r);
  const totalWidth = ROW_HEADER_WIDTH + columns.length * colWidth;
  const totalHeight = HEADER_HEIGHT + rows.length * ROW_HEIGHT;

  const noun = columns[0]?.kind === "permission" ? "permission" : "role";
  return (
    <Box sx={{ position: "relative" }}>
      <Box
        ref={scrollerRef}
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        aria-readonly={readOnly || undefined}
        onScroll={measure}
        onKeyDown={onKeyDown}
        onClick={onClick}
        data-testid="permission-matrix"
        sx={matrixSx}
      >
        <div role="presentation" style={{ width: totalWidth, height: totalHeight, position: "relative" }}>
          <MatrixHeaderRow
            columns={columns}
            colStart={colWindow.start}
            colEnd={colWindow.end}
            colWidth={colWidth}
            totalWidth={totalWidth}
            focusCol={current.r === -1 ? current.c : null}
            baseSets={baseSets}
            pending={pending}
            rows={rows}
            selectedRoleIds={selectedRoleIds}
            roleStatus={roleStatus}
            onOpenRole={onOpenRole}
          />
          {rowIndexes.map((index) => {
            const row = rows[index]!;
            return (
              <MatrixRowView
                key={row.key}
                row={row}
                index={index}
                columns={columns}
                colStart={colWindow.start}
                colEnd={colWindow.end}
                colWidth={colWidth}
                totalWidth={totalWidth}
                focusCol={current.r === index ? current.c : null}
                baseSets={baseSets}
                slice={
                  row.kind === "permission"
                    ? pending.byPermission.get(row.permission)
                    : row.kind === "role"
                      ? pending.byRole.get(row.role.id)
                      : undefined
                }
                pendingForGroup={row.kind === "group" ? pending : undefined}
                readOnly={readOnly}
                status={row.kind === "role" ? roleStatus.get(row.role.id) : undefined}
                onOpenRole={onOpenRole}
              />
            );
          })}
        </div>
      </Box>
      {columnsAfter > 0 ? (
        <Box className="pm-more" data-testid="matrix-more-columns" sx={moreCueSx}>
          {plural(columnsAfter, `more ${noun}`, `more ${noun}s`)} →
        </Box>
      ) : null}
    </Box>
  );
}

// A shadow at the right edge with how many columns follow, so a clipped last column reads as "scroll on".
const moreCueSx = {
  position: "absolute",
  top: 1,
  right: 1,
  bottom: 1,
  width: 120,
  display: "flex",
  alignItems: "flex-start",
  justifyContent: "flex-end",
  pt: "2px",
  pr: 1,
  pointerEvents: "none",
  zIndex: 4,
  fontSize: 12,
  fontWeight: 600,
  color: "text.secondary",
  background: (theme: Theme) => `linear-gradient(to right, transparent, ${theme.palette.background.paper} 85%)`,
  borderRadius: 1,
} as const;
