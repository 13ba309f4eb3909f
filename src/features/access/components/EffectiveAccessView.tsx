// Everything one person may do on the iTwin: the roles they hold and how, then every permission with
// each path that grants it. A permission that arrives several ways lists all of them.
import { permissionMatches } from "../../../lib/permission-labels";
import { PermissionName } from "../../../components/PermissionName";
import { useMemo, useState } from "react";
import {
  Alert,
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import DownloadIcon from "@mui/icons-material/Download";
import { downloadFile } from "../../../lib/csv";
import { csvFileName, effectiveAccessCsv } from "../access-csv";
import { personName, type EffectiveAccess } from "../effective-access";
import { AccessPaths } from "./AccessPaths";
import { ServerName } from "../../../components/ServerName";
import { safeName } from "../../../lib/server-text";

export interface EffectiveAccessViewProps {
  access: EffectiveAccess;
  /** Offered when the person is a user member and the caller may change roles. */
  onSameAccess?: () => void;
  sameAccessDisabledReason?: string;
}

export function EffectiveAccessView({ access, onSameAccess, sameAccessDisabledReason }: EffectiveAccessViewProps) {
  const [filter, setFilter] = useState("");
  const name = personName(access.person);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return q ? access.permissions.filter((p) => permissionMatches(p.permission, q)) : access.permissions;
  }, [access.permissions, filter]);
  const direct = access.rolePaths.filter((p) => p.kind === "direct");
  const viaGroups = access.rolePaths.filter((p) => p.kind === "group");

  return (
    <Stack spacing={2} data-testid="effective-access">
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          Effective access of {name}
        </Typography>
        {access.person.isUserMember && onSameAccess ? (
          <Button variant="outlined" onClick={onSameAccess} disabled={Boolean(sameAccessDisabledReason)} title={sameAccessDisabledReason}>
            Same access as…
          </Button>
        ) : null}
        <Button
          startIcon={<DownloadIcon />}
          disabled={access.permissions.length === 0}
          onClick={() => downloadFile(csvFileName(`effective-access-${name}`), effectiveAccessCsv(access))}
        >
          Export CSV
        </Button>
      </Stack>
      {sameAccessDisabledReason ? (
        <Typography variant="body2" color="text.secondary">
          {sameAccessDisabledReason}
        </Typography>
      ) : null}
      {access.owner ? (
        <Alert severity="warning" data-testid="owner-access">
          <strong>Owner: full control.</strong> {name} owns this iTwin and holds every permission on it without any role; the roles below
          add nothing to that.
        </Alert>
      ) : null}
      {!access.person.isUserMember && !access.owner ? (
        <Alert severity="info">{name} is not a user member of this iTwin: all their access comes through groups.</Alert>
      ) : null}

      <Box>
        <Typography variant="subtitle2" component="h3">
          Roles held
        </Typography>
        {access.rolePaths.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No direct role and no group holding a role.
          </Typography>
        ) : (
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 0.5 }} data-testid="roles-held">
            {direct.map((p) => (
              <Chip
                key={`d-${p.role.id}`}
                label={
                  <>
                    <ServerName name={p.role.displayName} /> (direct)
                  </>
                }
              />
            ))}
            {viaGroups.map(
              (p) =>
                p.kind === "group" && (
                  <Chip
                    key={`g-${p.groupId}-${p.role.id}`}
                    color="secondary"
                    variant="outlined"
                    label={
                      <>
                        <ServerName name={p.role.displayName} /> (via <ServerName name={p.groupName} />)
                      </>
                    }
                  />
                ),
            )}
          </Box>
        )}
      </Box>
      {access.unknownRoles.length > 0 ? (
        <Alert severity="warning">
          Holds roles missing from the role list, whose permissions are unknown:{" "}
          {access.unknownRoles.map((r) => safeName(r.displayName)).join(", ")}.
        </Alert>
      ) : null}

      {access.permissions.length === 0 && !access.owner ? (
        <Alert severity="info" data-testid="no-permissions">
          {name} holds no permission on this iTwin. Give them a role in Bulk changes, use “Same access as…”, or add them to a group that
          holds a role.
        </Alert>
      ) : (
        <>
          <TextField
            label="Filter permissions"
            size="small"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            sx={{ maxWidth: 320 }}
          />
          <Typography variant="body2" data-testid="permission-count">
            {shown.length === access.permissions.length
              ? `${access.permissions.length} permissions`
              : `${shown.length} of ${access.permissions.length} permissions`}
          </Typography>
          <TableContainer sx={{ maxHeight: 560 }} tabIndex={0} role="region" aria-label={`Permissions of ${name} (scrollable)`}>
            <Table size="small" stickyHeader aria-label={`Permissions of ${name}`}>
              <TableHead>
                <TableRow>
                  <TableCell>Permission</TableCell>
                  <TableCell>Granted by</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((p) => (
                  <TableRow key={p.permission} data-testid="permission-row">
                    <TableCell sx={{ verticalAlign: "top" }}>
                      <PermissionName permission={p.permission} />
                    </TableCell>
                    <TableCell>
                      <AccessPaths paths={p.paths} />
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
