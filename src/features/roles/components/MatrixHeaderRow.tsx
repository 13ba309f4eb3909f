// The matrix's header row: each role (or, swapped, each permission) with its count and the outcome of
// its last save. The corner and every header take part in the grid's roving focus.
import type { MatrixColumn, MatrixRow } from "../matrix";
import { effectiveCount, type PendingChanges } from "../pending-changes";
import type { ColumnStatus } from "./column-status";
import { granted, HEADER_HEIGHT, ROW_HEADER_WIDTH, withIndex } from "./matrix-geometry";
import { ServerName } from "../../../components/ServerName";
import { revealHidden } from "../../../lib/server-text";
import { PermissionName } from "../../../components/PermissionName";
import { plural } from "../../../lib/plural";

export const ACCOUNT_ROLE_HINT = "Account role: defined on the account, given on every iTwin of it, edited on the account";

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

export function MatrixHeaderRow({
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
          if (column.account)
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-colindex={c + 2}
                className="pm-colheader pm-account-column"
                style={{ left, width: colWidth, height: HEADER_HEIGHT }}
                data-testid={`role-column-${role.id}`}
              >
                <span className="pm-focusable pm-role-name" tabIndex={tabIndex} data-pos={`-1:${c}`} title={ACCOUNT_ROLE_HINT}>
                  <ServerName name={role.displayName} />
                </span>
                <span className="pm-muted">{plural(count, "permission")}</span>
                <span className="pm-account">Account role</span>
              </div>
            );
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
                className="pm-link pm-focusable pm-role-name"
                tabIndex={tabIndex}
                data-pos={`-1:${c}`}
                title={revealHidden(role.displayName)}
                onClick={() => onOpenRole(role.id)}
              >
                <ServerName name={role.displayName} />
              </button>
              <span className="pm-muted">{plural(count, "permission")}</span>
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
            <PermissionName permission={column.permission} className="pm-focusable pm-name" tabIndex={tabIndex} pos={`-1:${c}`} />
            <span className="pm-muted">{plural(count, "role")}</span>
          </div>
        );
      })}
    </div>
  );
}

export function StatusLine({ status }: { status: ColumnStatus }) {
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
