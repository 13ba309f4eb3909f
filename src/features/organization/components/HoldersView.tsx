// Who holds a role (by name) or any role granting a permission, on which iTwins; exported with the
// columns shown (every match, also those past the first rows on screen).
import { Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from "@mui/material";
import { useDeferredValue, useMemo, useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { ExportButtons } from "../../../components/ExportButtons";
import { ServerName } from "../../../components/ServerName";
import { routes } from "../../../lib/routes";
import { holders, type Holding, type OrgIndex } from "../../../org/index-queries";
import { pluralNoun } from "../../../lib/plural";

const SHOWN = 500;
const HEADER = ["Person", "iTwin", "Role", "Through"];
const through = (r: Holding) => (r.route === "group" ? `group ${r.via ?? ""}` : r.route);
const cells = (r: Holding) => [r.personName, r.iTwinName, r.role, through(r)];

/** Answers once every iTwin's facts are parsed (a reload lists and searches before that). */
export function HoldersView({ full, parsed, total }: { full: OrgIndex | null; parsed: number; total: number }) {
  const [roleName, setRoleName] = useState("");
  const [permission, setPermission] = useState("");
  const query = useDeferredValue({ roleName, permission });
  const asked = !!(query.roleName.trim() || query.permission.trim());
  const rows = useMemo(() => (full && asked ? holders(full, query) : []), [full, asked, query]);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2}>
        <TextField size="small" label="Role name (exact)" value={roleName} onChange={(e) => setRoleName(e.target.value)} />
        <TextField size="small" label="Permission" value={permission} onChange={(e) => setPermission(e.target.value)} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Typography role="status" data-testid="holders-count">
          {asked && !full
            ? `Reading the index: ${parsed} of ${total} ${pluralNoun(total, "iTwin")}…`
            : `${rows.length} ${pluralNoun(rows.length, "holding")} on ${new Set(rows.map((r) => r.iTwinId)).size} ${pluralNoun(new Set(rows.map((r) => r.iTwinId)).size, "iTwin")}`}
        </Typography>
        {rows.length ? <ExportButtons basename="role-holders" header={HEADER} rows={() => rows.map(cells)} /> : null}
      </Stack>
      {rows.length ? (
        <Table size="small" aria-label="Holders">
          <TableHead>
            <TableRow>
              <TableCell>Person</TableCell>
              <TableCell>iTwin</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Through</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(0, SHOWN).map((r, i) => (
              <TableRow key={i}>
                <TableCell>
                  <ServerName name={r.personName} />
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={routes.members.to({ iTwinId: r.iTwinId })}>
                    <ServerName name={r.iTwinName} />
                  </Link>
                </TableCell>
                <TableCell>
                  <ServerName name={r.role} />
                </TableCell>
                <TableCell>
                  {r.route === "group" ? (
                    <>
                      group <ServerName name={r.via ?? ""} />
                    </>
                  ) : (
                    r.route
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {rows.length > SHOWN ? (
        <Typography>
          Showing the first {SHOWN}; the export holds all {rows.length}.
        </Typography>
      ) : null}
    </Stack>
  );
}
