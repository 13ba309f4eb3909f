// Every iTwin of the organization with its counts and flags: sortable, filterable, exported exactly as
// shown; only the rows in view are rendered, so a sort or a filter over a thousand iTwins stays quick.
import {
  Button,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from "@mui/material";
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { ExportButtons } from "../../../components/ExportButtons";
import { visibleWindow } from "../../../lib/windowing";
import { ServerName } from "../../../components/ServerName";
import { SpacerRow } from "../../../components/SpacerRow";
import { revealHidden } from "../../../lib/server-text";
import { routes } from "../../../lib/routes";
import type { ITwinRow } from "../../../org/index-queries";
import { rowOf, type ITwinSummary } from "../../../org/itwin-summary";
import type { Crawler } from "../../../org/crawler";
import { pluralNoun } from "../../../lib/plural";

type Column = Exclude<keyof ITwinRow, "id" | "flags" | "snapshotAt">;
const COLUMNS: { key: Column; label: string }[] = [
  { key: "name", label: "iTwin" },
  { key: "state", label: "Indexed" },
  { key: "members", label: "Members" },
  { key: "owners", label: "Owners" },
  { key: "groups", label: "Groups" },
  { key: "missingUsers", label: "Missing users" },
  { key: "pendingInvitations", label: "Pending invitations" },
  { key: "expiredInvitations", label: "Expired invitations" },
  { key: "activeShares", label: "Active share links" },
  { key: "privileged", label: "Privileged holders" },
];

export function shownRows(rows: ITwinRow[], filter: string, sort: { key: Column; desc: boolean }): ITwinRow[] {
  const needle = filter.trim().toLowerCase();
  const kept = needle ? rows.filter((r) => `${r.name} ${r.number} ${r.flags.join(" ")} ${r.state}`.toLowerCase().includes(needle)) : rows;
  const sign = sort.desc ? -1 : 1;
  return [...kept].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
  });
}

/** Fixed row height (one line: flags do not wrap), so only the rows in view are rendered. */
const ROW_HEIGHT = 41;
const OVERSCAN = 8;

const ITwinTableRow = memo(function ITwinTableRow({
  row: r,
  index,
  onRefresh,
  onCopyMembers,
}: {
  row: ITwinRow;
  index: number;
  onRefresh: (id: string) => void;
  onCopyMembers?: ((id: string) => void) | undefined;
}) {
  return (
    <TableRow aria-rowindex={index + 2} sx={{ height: ROW_HEIGHT, "& > td": { whiteSpace: "nowrap", py: 0 } }}>
      <TableCell>
        <Link component={RouterLink} to={routes.members.to({ iTwinId: r.id })}>
          {/* Rows are one line high (only those in view are drawn): a long name is cut, whole on hover and focus. */}
          <ServerName name={r.name} maxWidth={{ xs: 200, md: 320 }} />
        </Link>
      </TableCell>
      <TableCell>{r.state === "done" ? "yes" : r.state === "noAccess" ? "no access" : r.state}</TableCell>
      {COLUMNS.slice(2).map((c) => (
        <TableCell key={c.key}>{r[c.key]}</TableCell>
      ))}
      <TableCell>
        <Stack direction="row" spacing={0.5}>
          {r.flags.map((f) => (
            <Chip key={f} size="small" label={f} />
          ))}
        </Stack>
      </TableCell>
      <TableCell>
        {r.snapshotAt ? new Date(r.snapshotAt).toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" }) : "—"}{" "}
        <Button size="small" onClick={() => onRefresh(r.id)} aria-label={`Refresh ${revealHidden(r.name)}`}>
          Refresh
        </Button>
        {onCopyMembers && r.snapshotAt !== null && r.state !== "noAccess" ? (
          <Button size="small" onClick={() => onCopyMembers(r.id)} aria-label={`Copy members of ${revealHidden(r.name)}`}>
            Copy members…
          </Button>
        ) : null}
      </TableCell>
    </TableRow>
  );
});

export function ITwinsTable({
  itwins,
  crawler,
  onCopyMembers,
}: {
  itwins: ITwinSummary[];
  crawler: Crawler;
  /** Offered on each indexed row: copy its members to another iTwin. */
  onCopyMembers?: (iTwinId: string) => void;
}) {
  const rows = useMemo(() => {
    const now = Date.now();
    return itwins.map((t) => rowOf(t, now));
  }, [itwins]);
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<{ key: Column; desc: boolean }>({ key: "name", desc: false });
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => shownRows(rows, deferredFilter, sort), [rows, deferredFilter, sort]);
  const header = [...COLUMNS.map((c) => c.label), "Flags", "Snapshot"];
  const asCells = (r: ITwinRow) => [
    ...COLUMNS.map((c) => r[c.key]),
    r.flags.join("; "),
    r.snapshotAt ? new Date(r.snapshotAt).toISOString() : "",
  ];
  const viewport = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const onRefresh = useCallback((id: string) => void crawler.refresh([id]), [crawler]);
  const { start, end } = visibleWindow(scroll.top, scroll.height, ROW_HEIGHT, shown.length, OVERSCAN);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <TextField
          size="small"
          label="Filter iTwins (name, number, flag)"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          sx={{ minWidth: 300 }}
        />
        <Typography role="status" data-testid="itwins-count">
          {shown.length} of {rows.length} {pluralNoun(rows.length, "iTwin")}
        </Typography>
        <ExportButtons basename="organization-itwins" header={header} rows={() => shown.map(asCells)} />
      </Stack>
      <TableContainer
        ref={viewport}
        sx={{ maxHeight: "70vh" }}
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      >
        <Table size="small" stickyHeader aria-label="iTwins of the organization" aria-rowcount={shown.length + 1}>
          <TableHead>
            <TableRow aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <TableCell
                  key={c.key}
                  sortDirection={sort.key === c.key ? (sort.desc ? "desc" : "asc") : false}
                  // The counts' headers wrap onto two lines: the table then fits a laptop's width.
                  sx={c.key === "name" ? undefined : { width: 96 }}
                >
                  <TableSortLabel
                    active={sort.key === c.key}
                    direction={sort.key === c.key && sort.desc ? "desc" : "asc"}
                    onClick={() => {
                      setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : false }));
                      viewport.current?.scrollTo({ top: 0 });
                    }}
                  >
                    {c.label}
                  </TableSortLabel>
                </TableCell>
              ))}
              <TableCell>Flags</TableCell>
              <TableCell>Snapshot</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            <SpacerRow height={start * ROW_HEIGHT} />
            {shown.slice(start, end).map((r, i) => (
              <ITwinTableRow key={r.id} row={r} index={start + i} onRefresh={onRefresh} onCopyMembers={onCopyMembers} />
            ))}
            <SpacerRow height={(shown.length - end) * ROW_HEIGHT} />
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
