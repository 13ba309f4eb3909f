// Two or three roles side by side: what only one has, what some share, what all share; as CSV too.
import { useMemo, useState } from "react";
import {
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import DownloadIcon from "@mui/icons-material/Download";
import type { Role } from "../../../api/wire";
import { downloadFile } from "../../../lib/csv";
import { compareRoles, comparisonToCsv } from "../compare";
import { ServerName } from "../../../components/ServerName";

export interface CompareRolesDialogProps {
  open: boolean;
  /** Roles with their permissions as shown in the matrix (pending edits applied). */
  roles: readonly Role[];
  initialRoleIds: readonly string[];
  onClose: () => void;
}

export function CompareRolesDialog({ open, roles, initialRoleIds, onClose }: CompareRolesDialogProps) {
  return open ? <CompareRolesContent roles={roles} initialRoleIds={initialRoleIds} onClose={onClose} /> : null;
}

function CompareRolesContent({ roles, initialRoleIds, onClose }: Omit<CompareRolesDialogProps, "open">) {
  const [pickedIds, setPickedIds] = useState(() => initialRoleIds.slice(0, 3));
  const picked = pickedIds.flatMap((id) => roles.filter((r) => r.id === id));
  const comparison = useMemo(() => (picked.length >= 2 ? compareRoles(picked) : null), [picked]);

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="compare-title">
      <DialogTitle id="compare-title">Compare roles</DialogTitle>
      <DialogContent dividers>
        <Autocomplete
          multiple
          options={roles as Role[]}
          value={picked}
          onChange={(_e, value) => setPickedIds(value.slice(0, 3).map((r) => r.id))}
          getOptionLabel={(r) => r.displayName}
          getOptionDisabled={(r) => picked.length >= 3 && !pickedIds.includes(r.id)}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => <TextField {...params} label="Roles to compare (two or three)" />}
          sx={{ mb: 2 }}
        />
        {!comparison ? (
          <Typography color="text.secondary">Pick two or three roles.</Typography>
        ) : comparison.rows.length === 0 ? (
          <Typography>None of these roles grants any permission.</Typography>
        ) : (
          <Table size="small" stickyHeader aria-label="Role comparison">
            <TableHead>
              <TableRow>
                <TableCell>Permission</TableCell>
                {comparison.roles.map((r) => (
                  <TableCell key={r.id} align="center" sx={{ overflowWrap: "anywhere" }}>
                    <ServerName name={r.displayName} />
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {comparison.sections.map((section) => [
                <TableRow key={`s-${section.title}`}>
                  <TableCell
                    component="th"
                    scope="rowgroup"
                    colSpan={comparison.roles.length + 1}
                    sx={{ bgcolor: "action.hover", fontWeight: 600 }}
                  >
                    {section.title} ({section.permissions.length})
                  </TableCell>
                </TableRow>,
                ...section.permissions.map((p) => (
                  <TableRow key={`${section.title}-${p}`}>
                    <TableCell component="th" scope="row">
                      {p}
                    </TableCell>
                    {comparison.roles.map((r) => (
                      <TableCell key={r.id} align="center">
                        {section.holderIds.includes(r.id) ? "✓" : <span aria-label="no">–</span>}
                      </TableCell>
                    ))}
                  </TableRow>
                )),
              ])}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button
          startIcon={<DownloadIcon />}
          disabled={!comparison}
          onClick={() =>
            comparison &&
            downloadFile(`compare-${comparison.roles.map((r) => r.displayName).join("-vs-")}.csv`, comparisonToCsv(comparison))
          }
        >
          Export CSV
        </Button>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
