// Who has it: choose a role or a permission → every person holding it, directly or through a group.
import { permissionText } from "../../../lib/permission-labels";
import { useMemo, useState } from "react";
import {
  Autocomplete,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
} from "@mui/material";
import DownloadIcon from "@mui/icons-material/Download";
import type { Role } from "../../../api/wire";
import { downloadFile } from "../../../lib/csv";
import { csvFileName, whoHasItCsv } from "../access-csv";
import { personName, type AccessData, type GroupIndex, type Person } from "../effective-access";
import { permissionsOf, whoHasIt } from "../who-has-it";
import { AccessPaths } from "./AccessPaths";
import { PermissionPicker } from "./PermissionPicker";

// Rendering stays fast on large iTwins; the CSV export always holds everyone.
const MAX_ROWS = 500;

export function WhoHasItPanel({ data, index, people }: { data: AccessData; index: GroupIndex; people: readonly Person[] }) {
  const [kind, setKind] = useState<"role" | "permission">("role");
  const [role, setRole] = useState<Role | null>(null);
  const [permission, setPermission] = useState<string | null>(null);
  const roles = useMemo(() => [...data.roles].sort((a, b) => a.displayName.localeCompare(b.displayName)), [data.roles]);
  const permissions = useMemo(() => permissionsOf(data.roles), [data.roles]);
  const subject = kind === "role" ? role?.displayName : permission;
  const shownSubject = kind === "permission" && permission ? permissionText(permission) : subject;
  const holders = useMemo(() => {
    if (kind === "role") return role ? whoHasIt({ kind: "role", roleId: role.id }, people, data, index) : null;
    return permission ? whoHasIt({ kind: "permission", permission }, people, data, index) : null;
  }, [kind, role, permission, people, data, index]);

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" } }}>
        <FormControl>
          <FormLabel id="who-kind-label">Look up by</FormLabel>
          <RadioGroup row aria-labelledby="who-kind-label" value={kind} onChange={(e) => setKind(e.target.value as "role" | "permission")}>
            <FormControlLabel value="role" control={<Radio size="small" />} label="Role" />
            <FormControlLabel value="permission" control={<Radio size="small" />} label="Permission" />
          </RadioGroup>
        </FormControl>
        {kind === "role" ? (
          <Autocomplete
            id="who-role"
            options={roles}
            value={role}
            onChange={(_e, v) => setRole(v)}
            getOptionLabel={(r) => r.displayName}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            sx={{ minWidth: 320 }}
            renderInput={(params) => <TextField {...params} label="Role" />}
          />
        ) : (
          <PermissionPicker id="who-permission" permissions={permissions} value={permission} onChange={setPermission} />
        )}
        <Button
          startIcon={<DownloadIcon />}
          disabled={!holders || holders.length === 0}
          onClick={() => holders && subject && downloadFile(csvFileName(`who-has-${subject}`), whoHasItCsv(subject, holders))}
        >
          Export CSV
        </Button>
      </Stack>
      {!holders ? (
        <Typography variant="body2" color="text.secondary">
          Choose a {kind} to list everyone who holds it.
        </Typography>
      ) : holders.length === 0 ? (
        <Typography data-testid="who-has-it-empty">Nobody holds {shownSubject}, directly or through a group.</Typography>
      ) : (
        <>
          <Typography variant="body2" data-testid="who-has-it-count">
            {holders.length} {holders.length === 1 ? "member holds" : "members hold"} {shownSubject}
            {holders.length > MAX_ROWS ? ` (the first ${MAX_ROWS} are shown; the CSV export lists all)` : ""}
          </Typography>
          <TableContainer sx={{ maxHeight: 560 }} tabIndex={0} role="region" aria-label={`Who has ${subject} (scrollable)`}>
            <Table size="small" stickyHeader aria-label={`Who has ${subject}`}>
              <TableHead>
                <TableRow>
                  <TableCell>Member</TableCell>
                  <TableCell>E-mail</TableCell>
                  <TableCell>Through</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {holders.slice(0, MAX_ROWS).map((h) => (
                  <TableRow key={h.person.id} data-testid="holder-row">
                    <TableCell sx={{ verticalAlign: "top" }}>{personName(h.person)}</TableCell>
                    <TableCell sx={{ verticalAlign: "top" }}>{h.person.email ?? "—"}</TableCell>
                    <TableCell>
                      <AccessPaths paths={h.paths} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </Stack>
  );
}
