// Every iTwin of the organization with its counts and flags: sortable, filterable, exported exactly as shown.
import {
  Button,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from "@mui/material";
import { useDeferredValue, useMemo, useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { downloadFile, toCsv } from "../../../lib/csv";
import { ServerName } from "../../../components/ServerName";
import { routes } from "../../../lib/routes";
import { iTwinRows, type ITwinRow, type OrgIndex } from "../../../org/index-queries";
import type { Crawler } from "../../../org/crawler";

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

export function ITwinsTable({ index, crawler }: { index: OrgIndex; crawler: Crawler }) {
  const rows = useMemo(() => iTwinRows(index), [index]);
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
          {shown.length} of {rows.length} iTwins
        </Typography>
        <Button onClick={() => downloadFile("organization-itwins.csv", toCsv(header, shown.map(asCells)))}>Export CSV</Button>
        <Button
          onClick={() =>
            downloadFile(
              "organization-itwins.json",
              JSON.stringify(
                shown.map((r) => Object.fromEntries(header.map((h, i) => [h, asCells(r)[i]]))),
                null,
                2,
              ),
              "application/json",
            )
          }
        >
          Export JSON
        </Button>
      </Stack>
      <Table size="small" aria-label="iTwins of the organization">
        <TableHead>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableCell key={c.key} sortDirection={sort.key === c.key ? (sort.desc ? "desc" : "asc") : false}>
                <TableSortLabel
                  active={sort.key === c.key}
                  direction={sort.key === c.key && sort.desc ? "desc" : "asc"}
                  onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : false }))}
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
          {shown.slice(0, 300).map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <Link component={RouterLink} to={routes.members.to({ iTwinId: r.id })}>
                  <ServerName name={r.name} />
                </Link>
              </TableCell>
              <TableCell>{r.state === "done" ? "yes" : r.state === "noAccess" ? "no access" : r.state}</TableCell>
              {COLUMNS.slice(2).map((c) => (
                <TableCell key={c.key}>{r[c.key]}</TableCell>
              ))}
              <TableCell>
                <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }} useFlexGap>
                  {r.flags.map((f) => (
                    <Chip key={f} size="small" label={f} />
                  ))}
                </Stack>
              </TableCell>
              <TableCell>
                {r.snapshotAt ? new Date(r.snapshotAt).toLocaleString() : "—"}{" "}
                <Button size="small" onClick={() => void crawler.refresh([r.id])} aria-label={`Refresh ${r.name}`}>
                  Refresh
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {shown.length > 300 ? <Typography>Showing the first 300; filter or export for the rest.</Typography> : null}
    </Stack>
  );
}
