// Per target iTwin and role, what differs from the reference; a box per iTwin says whether "Bring in
// line" covers it. Only the first rows are rendered: the export holds every one.
import { Checkbox, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { ServerName } from "../../../components/ServerName";
import { plural } from "../../../lib/plural";
import { routes } from "../../../lib/routes";
import { describeDifference, type RoleDifference, type TargetDrift } from "../../../org/plan/role-drift";

/** Rows rendered at most; a target is never cut in two. */
const SHOWN = 500;

function Permissions({ list }: { list: string[] }) {
  return list.length ? <>{list.join(", ")}</> : <>—</>;
}

function what(d: RoleDifference): string {
  if (d.kind !== "extra") return describeDifference(d.kind);
  return `${describeDifference(d.kind)}${d.holders ? ` (${plural(d.holders, "member")} hold it)` : ""}`;
}

export function DriftTable({
  drifted,
  leftOut,
  onInclude,
}: {
  drifted: TargetDrift[];
  leftOut: ReadonlySet<string>;
  onInclude: (iTwinId: string, included: boolean) => void;
}) {
  const shown: TargetDrift[] = [];
  let rows = 0;
  for (const t of drifted) {
    if (rows > 0 && rows + t.differences.length > SHOWN) break;
    shown.push(t);
    rows += t.differences.length;
  }
  return (
    <>
      <Table size="small" aria-label="Role drift">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">Bring in line</TableCell>
            <TableCell>iTwin</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Difference</TableCell>
            <TableCell>Missing permissions</TableCell>
            <TableCell>Extra permissions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((t) =>
            t.differences.map((d, i) => (
              <TableRow key={`${t.iTwinId}:${d.kind}:${d.target?.id ?? d.roleName}`} data-kind={d.kind}>
                {i === 0 ? (
                  <>
                    <TableCell padding="checkbox" rowSpan={t.differences.length} sx={{ verticalAlign: "top" }}>
                      <Checkbox
                        checked={!leftOut.has(t.iTwinId)}
                        onChange={(e) => onInclude(t.iTwinId, e.target.checked)}
                        slotProps={{ input: { "aria-label": `Bring ${t.iTwinName} in line` } }}
                      />
                    </TableCell>
                    <TableCell rowSpan={t.differences.length} sx={{ verticalAlign: "top" }}>
                      <Link component={RouterLink} to={routes.roles.to({ iTwinId: t.iTwinId })}>
                        <ServerName name={t.iTwinName} />
                      </Link>
                      {t.snapshotAt ? (
                        <Typography variant="caption" component="div" color="text.secondary">
                          read {new Date(t.snapshotAt).toLocaleString()}
                        </Typography>
                      ) : null}
                    </TableCell>
                  </>
                ) : null}
                <TableCell>
                  <ServerName name={d.roleName} />
                </TableCell>
                <TableCell>{what(d)}</TableCell>
                <TableCell>
                  <Permissions list={d.missingPermissions} />
                </TableCell>
                <TableCell>
                  <Permissions list={d.extraPermissions} />
                </TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
      {shown.length < drifted.length ? (
        <Typography>
          Showing {plural(shown.length, "iTwin")} of {drifted.length}; the drift report holds all of them.
        </Typography>
      ) : null}
    </>
  );
}
