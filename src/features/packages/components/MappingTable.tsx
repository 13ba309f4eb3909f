// The table equivalent of the picture, usable with the keyboard alone: one row per iTwin role, one
// checkbox per package role. Package roles the caller cannot grant are disabled and say why.
import { Box, Button, Checkbox, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip } from "@mui/material";
import { packageRolesOf, sameSet, type AssignmentMap } from "../assignment-diff";
import type { NamedRole } from "../mapping-layout";
import { ServerName } from "../../../components/ServerName";
import { revealHidden } from "../../../lib/server-text";

export interface GrantablePackageRole extends NamedRole {
  /** Why this package role cannot be changed by the caller; undefined when it can. */
  disabledReason?: string;
}

export interface MappingTableProps {
  iTwinRoles: readonly NamedRole[];
  packageRoles: readonly GrantablePackageRole[];
  base: AssignmentMap;
  effective: AssignmentMap;
  onToggle: (iTwinRoleId: string, packageRoleId: string, on: boolean) => void;
  onRemoveAll: (iTwinRoleId: string) => void;
}

// Fixed column widths: the role names take what is left and are cut to it, so however long a name is the
// table stays inside its box; only many package roles (each needs its column) make it scroll sideways.
const NAME_MIN = 140;
const PACKAGE_ROLE_COLUMN = 112;
const CHANGES_COLUMN = 128;

export function MappingTable({ iTwinRoles, packageRoles, base, effective, onToggle, onRemoveAll }: MappingTableProps) {
  return (
    <TableContainer sx={{ maxHeight: 640, border: 1, borderColor: "divider", borderRadius: 1 }}>
      <Table
        size="small"
        stickyHeader
        aria-label="Package roles of each iTwin role"
        sx={{ tableLayout: "fixed", width: "100%", minWidth: NAME_MIN + packageRoles.length * PACKAGE_ROLE_COLUMN + CHANGES_COLUMN }}
      >
        <TableHead>
          <TableRow>
            <TableCell scope="col">iTwin role</TableCell>
            {packageRoles.map((p) => (
              <TableCell key={p.id} scope="col" align="center" sx={{ width: PACKAGE_ROLE_COLUMN }}>
                <ServerName name={p.name} maxWidth="100%" />
              </TableCell>
            ))}
            <TableCell scope="col" sx={{ width: CHANGES_COLUMN }}>
              Changes
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {iTwinRoles.map((role) => {
            const before = packageRolesOf(base, role.id);
            const after = packageRolesOf(effective, role.id);
            const pending = !sameSet(before, after);
            const blocked = packageRoles.some((p) => p.disabledReason && after.has(p.id.toLowerCase()));
            return (
              <TableRow key={role.id} hover data-testid="mapping-row">
                <TableCell component="th" scope="row">
                  {/* A 300-character name is cut (full name on hover and focus): the checkboxes stay in view. */}
                  <ServerName name={role.name} maxWidth="100%" />
                </TableCell>
                {packageRoles.map((p) => {
                  const checked = after.has(p.id.toLowerCase());
                  const box = (
                    <Checkbox
                      checked={checked}
                      disabled={!!p.disabledReason}
                      onChange={(e) => onToggle(role.id, p.id, e.target.checked)}
                      slotProps={{ input: { "aria-label": `${p.name} for ${role.name}`, title: p.disabledReason } }}
                    />
                  );
                  return (
                    <TableCell key={p.id} align="center" padding="checkbox">
                      {p.disabledReason ? (
                        <Tooltip title={p.disabledReason}>
                          <Box component="span">{box}</Box>
                        </Tooltip>
                      ) : (
                        box
                      )}
                    </TableCell>
                  );
                })}
                <TableCell>
                  {pending ? <Chip size="small" color="warning" label="Not saved" sx={{ mr: 1 }} /> : null}
                  {after.size > 0 ? (
                    <Button
                      size="small"
                      disabled={blocked}
                      onClick={() => onRemoveAll(role.id)}
                      aria-label={`Remove all package roles of ${revealHidden(role.name)}`}
                    >
                      Remove all
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
