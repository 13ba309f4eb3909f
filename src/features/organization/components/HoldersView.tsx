// Who holds a role (by name) or any role granting a permission, on which iTwins.
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from "@mui/material";
import { useDeferredValue, useMemo, useState } from "react";
import { ServerName } from "../../../components/ServerName";
import { holders, type OrgIndex } from "../../../org/index-queries";

export function HoldersView({ index }: { index: OrgIndex }) {
  const [roleName, setRoleName] = useState("");
  const [permission, setPermission] = useState("");
  const query = useDeferredValue({ roleName, permission });
  const rows = useMemo(() => (query.roleName.trim() || query.permission.trim() ? holders(index, query) : []), [index, query]);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2}>
        <TextField size="small" label="Role name (exact)" value={roleName} onChange={(e) => setRoleName(e.target.value)} />
        <TextField size="small" label="Permission" value={permission} onChange={(e) => setPermission(e.target.value)} />
      </Stack>
      <Typography role="status">
        {rows.length} holdings on {new Set(rows.map((r) => r.iTwinId)).size} iTwins
      </Typography>
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
            {rows.slice(0, 500).map((r, i) => (
              <TableRow key={i}>
                <TableCell>
                  <ServerName name={r.personName} />
                </TableCell>
                <TableCell>
                  <ServerName name={r.iTwinName} />
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
    </Stack>
  );
}
