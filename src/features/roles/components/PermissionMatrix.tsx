// The role × permission grid: an ARIA grid windowed on both axes (only the cells on screen exist in the
// DOM; aria-rowcount/colcount and aria-rowindex/colindex tell assistive technology the real size).
// One tab stop (roving tabindex); arrows, Home/End, Ctrl+Home/End, PageUp/PageDown move, Space toggles.
// Each cell holds a checkbox (aria-checked): ARIA does not allow aria-checked on a gridcell itself.
// Rows are memoized and get only their own slice of the pending edits, so a toggle re-renders one row
// (plus the header and group rows, whose counts change).
import type { ColumnStatus } from "./column-status";
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { Box } from "@mui/material";
import { alpha } from "@mui/material/styles";
import { cellOf, type MatrixColumn, type MatrixRow } from "../matrix";
import { effectiveCount, type CellValues, type PendingChanges } from "../pending-changes";
import { scrollToReveal, visibleWindow } from "../windowing";

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 84;
export const ROW_HEADER_WIDTH = 300;
const ROLE_COLUMN_WIDTH = 120;
const PERMISSION_COLUMN_WIDTH = 160;
const OVERSCAN_ROWS = 6;
const OVERSCAN_COLUMNS = 2;
/** jsdom (and a first paint before layout) reports 0×0; assume a typical viewport then. */
const FALLBACK_VIEWPORT = { width: 1200, height: 640 };

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

interface Pos {
  r: number;
  c: number;
}

function granted(
  baseSets: ReadonlyMap<string, ReadonlySet<string>>,
  slice: CellValues | undefined,
  key: string,
  roleId: string,
  permission: string,
): boolean {
  return slice?.get(key) ?? baseSets.get(roleId)?.has(permission) ?? false;
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
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, left: 0, width: 0, height: 0 });
  const [focus, setFocus] = useState<Pos>({ r: 0, c: 0 });
  const focusAfterRender = useRef(false);
  const colWidth = columns[0]?.kind === "permission" ? PERMISSION_COLUMN_WIDTH : ROLE_COLUMN_WIDTH;

  const measure = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    setViewport((v) => {
      const next = { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight };
      return next.top === v.top && next.left === v.left && next.width === v.width && next.height === v.height ? v : next;
    });
  }, []);

  useLayoutEffect(() => {
    measure();
    const el = scrollerRef.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  const width = viewport.width || FALLBACK_VIEWPORT.width;
  const height = viewport.height || FALLBACK_VIEWPORT.height;
  const rowWindow = visibleWindow(viewport.top, height - HEADER_HEIGHT, ROW_HEIGHT, rows.length, OVERSCAN_ROWS);
  const colWindow = visibleWindow(viewport.left, width - ROW_HEADER_WIDTH, colWidth, columns.length, OVERSCAN_COLUMNS);

  // The focused cell may have been filtered away: fall back to the nearest one that exists.
  const current: Pos = {
    r: Math.max(-1, Math.min(focus.r, rows.length - 1)),
    c: Math.max(-1, Math.min(focus.c, columns.length - 1)),
  };

  const moveFocus = useCallback(
    (next: Pos) => {
      const el = scrollerRef.current;
      if (el) {
        const bodyHeight = (el.clientHeight || FALLBACK_VIEWPORT.height) - HEADER_HEIGHT;
        const bodyWidth = (el.clientWidth || FALLBACK_VIEWPORT.width) - ROW_HEADER_WIDTH;
        if (next.r >= 0) el.scrollTop = scrollToReveal(el.scrollTop, bodyHeight, ROW_HEIGHT, next.r);
        if (next.c >= 0) el.scrollLeft = scrollToReveal(el.scrollLeft, bodyWidth, colWidth, next.c);
        measure();
      }
      focusAfterRender.current = true;
      setFocus(next);
    },
    [colWidth, measure],
  );

  useEffect(() => {
    if (!focusAfterRender.current) return;
    const target = scrollerRef.current?.querySelector<HTMLElement>(`[data-pos="${current.r}:${current.c}"]`);
    if (target) {
      focusAfterRender.current = false;
      target.focus({ preventScroll: true });
    }
  });

  const activate = useCallback(
    (pos: Pos) => {
      const row = rows[pos.r];
      const column = columns[pos.c];
      if (!row) return;
      if (row.kind === "group") {
        onToggleGroup(row.service);
        return;
      }
      if (!column || readOnly) return;
      const cell = cellOf(row, column);
      if (cell) onToggleCell(cell.roleId, cell.permission);
    },
    [rows, columns, readOnly, onToggleCell, onToggleGroup],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const pos = parsePos(target.dataset.pos);
    if (!pos) return;
    const lastRow = rows.length - 1;
    const lastCol = columns.length - 1;
    const page = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    let next: Pos | undefined;
    switch (e.key) {
      case "ArrowDown":
        next = { r: Math.min(lastRow, pos.r + 1), c: pos.c };
        break;
      case "ArrowUp":
        next = { r: Math.max(-1, pos.r - 1), c: pos.c };
        break;
      case "ArrowRight":
        next = { r: pos.r, c: Math.min(lastCol, pos.c + 1) };
        break;
      case "ArrowLeft":
        next = { r: pos.r, c: Math.max(-1, pos.c - 1) };
        break;
      case "Home":
        next = e.ctrlKey ? { r: 0, c: 0 } : { r: pos.r, c: -1 };
        break;
      case "End":
        next = e.ctrlKey ? { r: lastRow, c: lastCol } : { r: pos.r, c: lastCol };
        break;
      case "PageDown":
        next = { r: Math.min(lastRow, pos.r + page), c: pos.c };
        break;
      case "PageUp":
        next = { r: Math.max(pos.r < 0 ? -1 : 0, pos.r - page), c: pos.c };
        break;
      case " ":
      case "Enter":
        // Buttons (role names, group toggles) act on their own.
        if (target.tagName === "BUTTON") return;
        e.preventDefault();
        activate(pos);
        return;
      default:
        return;
    }
    e.preventDefault();
    moveFocus(next);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>("[data-pos]");
    const pos = parsePos(target?.dataset.pos);
    if (!target || !pos) return;
    setFocus(pos);
    if (target.dataset.kind === "cell" || target.dataset.kind === "group-cell") activate(pos);
  };

  // Always render the focused row and column, so the grid's one tab stop never disappears on scroll.
  const rowIndexes = withIndex(rowWindow.start, rowWindow.end, current.r);
  const totalWidth = ROW_HEADER_WIDTH + columns.length * colWidth;
  const totalHeight = HEADER_HEIGHT + rows.length * ROW_HEIGHT;

  return (
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
        <HeaderRow
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
  );
}

function parsePos(value: string | undefined): Pos | undefined {
  if (!value) return undefined;
  const [r, c] = value.split(":").map(Number);
  return Number.isInteger(r) && Number.isInteger(c) ? { r: r!, c: c! } : undefined;
}

function withIndex(start: number, end: number, extra: number | null): number[] {
  const list: number[] = [];
  if (extra !== null && extra >= 0 && extra < start) list.push(extra);
  for (let i = start; i < end; i += 1) list.push(i);
  if (extra !== null && extra >= end) list.push(extra);
  return list;
}

interface HeaderRowProps {
  columns: readonly MatrixColumn[];
  rows: readonly MatrixRow[];
  colStart: number;
  colEnd: number;
  colWidth: number;
  totalWidth: number;
  focusCol: number | null;
  baseSets: ReadonlyMap<string, ReadonlySet<string>>;
  pending: PendingChanges;
  selectedRoleIds: ReadonlySet<string>;
  roleStatus: ReadonlyMap<string, ColumnStatus>;
  onOpenRole: (roleId: string) => void;
}

function HeaderRow({
  columns,
  rows,
  colStart,
  colEnd,
  colWidth,
  totalWidth,
  focusCol,
  baseSets,
  pending,
  selectedRoleIds,
  roleStatus,
  onOpenRole,
}: HeaderRowProps) {
  const swapped = columns[0]?.kind === "permission";
  return (
    <div role="row" aria-rowindex={1} className="pm-header-row" style={{ width: totalWidth, height: HEADER_HEIGHT }}>
      <div role="columnheader" aria-colindex={1} className="pm-corner" style={{ width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }}>
        <span tabIndex={focusCol === -1 ? 0 : -1} data-pos="-1:-1" className="pm-focusable">
          {swapped ? "Role \\ Permission" : "Permission \\ Role"}
        </span>
      </div>
      {withIndex(colStart, colEnd, focusCol).map((c) => {
        const column = columns[c]!;
        const left = ROW_HEADER_WIDTH + c * colWidth;
        const tabIndex = focusCol === c ? 0 : -1;
        if (column.kind === "role") {
          const role = column.role;
          const count = effectiveCount(baseSets.get(role.id) ?? new Set(), pending.byRole.get(role.id));
          const status = roleStatus.get(role.id);
          return (
            <div
              key={column.key}
              role="columnheader"
              aria-colindex={c + 2}
              className={`pm-colheader${selectedRoleIds.has(role.id) ? " pm-selected" : ""}`}
              style={{ left, width: colWidth, height: HEADER_HEIGHT }}
              data-testid={`role-column-${role.id}`}
            >
              <button
                type="button"
                className="pm-link pm-focusable"
                tabIndex={tabIndex}
                data-pos={`-1:${c}`}
                title={role.displayName}
                onClick={() => onOpenRole(role.id)}
              >
                {role.displayName}
              </button>
              <span className="pm-muted">{count} permissions</span>
              {status ? <StatusLine status={status} /> : null}
            </div>
          );
        }
        let count = 0;
        for (const row of rows)
          if (row.kind === "role" && granted(baseSets, pending.byRole.get(row.role.id), column.permission, row.role.id, column.permission))
            count += 1;
        return (
          <div
            key={column.key}
            role="columnheader"
            aria-colindex={c + 2}
            className="pm-colheader"
            style={{ left, width: colWidth, height: HEADER_HEIGHT }}
          >
            <span className="pm-muted">{column.service}</span>
            <span tabIndex={tabIndex} data-pos={`-1:${c}`} className="pm-focusable pm-name" title={column.permission}>
              {column.permission}
            </span>
            <span className="pm-muted">{count} roles</span>
          </div>
        );
      })}
    </div>
  );
}

function StatusLine({ status }: { status: ColumnStatus }) {
  const text =
    status.kind === "saved"
      ? "Saved"
      : status.kind === "conflict"
        ? `Changed on the server: ${status.message}`
        : `Not saved: ${status.message}`;
  return (
    <span className={`pm-status pm-status-${status.kind}`} title={text} role={status.kind === "saved" ? undefined : "note"}>
      {text}
    </span>
  );
}

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

const MatrixRowView = memo(function MatrixRowView(props: MatrixRowViewProps) {
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
    return (
      <div
        key={column.key}
        role="gridcell"
        aria-colindex={c + 2}
        aria-readonly={readOnly || undefined}
        className={`pm-cell${changed ? " pm-changed" : ""}`}
        style={{ left: ROW_HEADER_WIDTH + c * colWidth, width: colWidth }}
      >
        <span
          role="checkbox"
          aria-checked={value}
          aria-readonly={readOnly || undefined}
          aria-label={`${roleName}: ${cell.permission}${changed ? " (unsaved change)" : ""}`}
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
          <span tabIndex={focusCol === -1 ? 0 : -1} data-pos={`${index}:-1`} className="pm-focusable pm-name" title={row.permission}>
            {row.permission}
          </span>
        ) : (
          <button
            type="button"
            className="pm-link pm-focusable pm-name"
            tabIndex={focusCol === -1 ? 0 : -1}
            data-pos={`${index}:-1`}
            title={row.role.displayName}
            onClick={() => onOpenRole(row.role.id)}
          >
            {row.role.displayName}
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

const matrixSx = (theme: import("@mui/material").Theme) => ({
  overflow: "auto",
  height: "min(70vh, 760px)",
  minHeight: 320,
  position: "relative" as const,
  border: 1,
  borderColor: "divider",
  borderRadius: 1,
  fontSize: 13,
  bgcolor: "background.paper",
  "& .pm-header-row": { position: "sticky", top: 0, zIndex: 3, bgcolor: "background.paper", borderBottom: 1, borderColor: "divider" },
  "& .pm-corner": {
    position: "sticky",
    left: 0,
    zIndex: 4,
    display: "flex",
    alignItems: "flex-end",
    p: 1,
    boxSizing: "border-box",
    bgcolor: "background.paper",
    borderRight: 1,
    borderBottom: 1,
    borderColor: "divider",
    color: "text.secondary",
  },
  "& .pm-colheader": {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    justifyContent: "flex-end",
    gap: "2px",
    p: "4px",
    borderRight: 1,
    borderBottom: 1,
    borderColor: "divider",
    overflow: "hidden",
  },
  "& .pm-selected": { bgcolor: alpha(theme.palette.primary.main, 0.12) },
  "& .pm-row": { position: "absolute", left: 0 },
  "& .pm-rowheader": {
    position: "sticky",
    left: 0,
    zIndex: 1,
    height: ROW_HEIGHT,
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    gap: 1,
    px: 1,
    bgcolor: "background.paper",
    borderRight: 1,
    borderBottom: 1,
    borderColor: "divider",
  },
  "& .pm-group-cell": { bgcolor: theme.palette.action.hover },
  // Opaque: the sticky header slides over the cells when scrolled sideways.
  "& .pm-rowheader.pm-group-header": { bgcolor: theme.palette.mode === "dark" ? theme.palette.grey[900] : theme.palette.grey[100] },
  "& .pm-cell": {
    position: "absolute",
    top: 0,
    height: ROW_HEIGHT,
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    borderRight: 1,
    borderBottom: 1,
    borderColor: "divider",
  },
  "& .pm-changed": { bgcolor: alpha(theme.palette.warning.main, 0.25) },
  "& .pm-check": {
    width: 22,
    height: 22,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    borderRadius: "4px",
    border: 1,
    borderColor: "text.secondary",
    cursor: "pointer",
    userSelect: "none",
  },
  "& .pm-check.pm-on": { bgcolor: "primary.main", color: "primary.contrastText", borderColor: "primary.main" },
  '&[aria-readonly="true"] .pm-check': { cursor: "default", opacity: 0.85 },
  "& .pm-focusable:focus-visible, & .pm-focusable:focus": { outline: `2px solid ${theme.palette.secondary.main}`, outlineOffset: 2 },
  "& .pm-link": {
    font: "inherit",
    color: "primary.main",
    background: "none",
    border: 0,
    p: 0,
    cursor: "pointer",
    textAlign: "left",
    fontWeight: 600,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    maxWidth: "100%",
  },
  "& .pm-name": { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flexGrow: 1, minWidth: 0 },
  "& .pm-muted": { color: "text.secondary", fontSize: 12 },
  "& .pm-count": { flexShrink: 0 },
  "& .pm-status": { fontSize: 11, fontWeight: 600, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: "100%" },
  "& .pm-status-saved": { color: "success.main" },
  "& .pm-status-failed": { color: "error.main" },
  "& .pm-status-conflict": { color: "warning.main" },
});
