// "Who can run this package": members who reach one of its package roles through an iTwin role held
// directly or through a group, each with every path.
import { useMemo, useState } from "react";
import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import type { PackageSummary } from "../../../api/wire";
import { useAllUserMembers } from "../../../api/queries/all-user-members";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { useITwinGroups } from "../../../api/queries/itwin-groups";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { useAssignments } from "../api/get-assignments";
import { describeRunPath, whoCanRun } from "../who-can-run";
import { PersonCell } from "../../../components/PersonCell";
import { ServerName } from "../../../components/ServerName";

export function WhoCanRunPanel({ iTwinId, packages }: { iTwinId: string; packages: readonly PackageSummary[] }) {
  const [uniqueName, setUniqueName] = useState(packages[0]?.uniqueName ?? "");
  const assignments = useAssignments(iTwinId, uniqueName || undefined);
  const users = useAllUserMembers(iTwinId);
  const groupMembers = useAllGroupMembers(iTwinId);
  const groups = useITwinGroups(iTwinId);
  const ready = assignments.data && users.data && groupMembers.data && (groups.data || groups.isError);
  const result = useMemo(
    () => (ready ? whoCanRun(assignments.data!, users.data!, groupMembers.data!, groups.data?.groups ?? null) : undefined),
    [ready, assignments.data, users.data, groupMembers.data, groups.data],
  );
  const error = assignments.error ?? users.error ?? groupMembers.error;

  return (
    <Stack spacing={1} component="section" aria-labelledby="who-can-run-title">
      <Typography variant="h6" component="h2" id="who-can-run-title">
        Who can run this package
      </Typography>
      <TextField
        select
        size="small"
        label="Package"
        value={uniqueName}
        onChange={(e) => setUniqueName(e.target.value)}
        sx={{ maxWidth: 420 }}
      >
        {packages.map((p) => (
          <MenuItem key={p.uniqueName} value={p.uniqueName}>
            <ServerName name={p.name} />
          </MenuItem>
        ))}
      </TextField>
      {error ? (
        <ApiErrorAlert error={error} action="Finding who can run the package" />
      ) : !result ? (
        <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center" }}>
          <CircularProgress size={18} /> Loading members and groups…
        </Box>
      ) : (
        <>
          <Typography role="status" aria-live="polite" data-testid="who-can-run-count">
            {result.runners.length} {result.runners.length === 1 ? "member reaches" : "members reach"} a package role of this package.
          </Typography>
          {groups.isError ? (
            <Alert severity="warning">The groups could not be read: people who reach the package through a group are missing.</Alert>
          ) : result.unresolvedGroups.length > 0 ? (
            <Alert severity="warning">
              The people of <ServerName name={result.unresolvedGroups.join(", ")} /> could not be read.
            </Alert>
          ) : null}
          {result.runners.length > 0 ? (
            <Box sx={{ maxHeight: 420, overflow: "auto" }} tabIndex={0} aria-label="Members who can run the package">
              <Table size="small" stickyHeader aria-label="Who can run this package">
                <TableHead>
                  <TableRow>
                    <TableCell>Member</TableCell>
                    <TableCell>Through</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {result.runners.map((r) => (
                    <TableRow key={r.key} data-testid="runner-row">
                      <PersonCell name={r.name} email={r.email} />
                      <TableCell>
                        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
                          {r.paths.map((p, i) => (
                            <Chip
                              key={i}
                              size="small"
                              variant="outlined"
                              color={p.kind === "group" ? "secondary" : "default"}
                              sx={{ maxWidth: "100%" }}
                              label={
                                <ServerName
                                  name={`${p.kind === "group" ? "Via group: " : "Direct: "}${describeRunPath(p)} (${p.packageRoles.join(", ")})`}
                                  maxWidth="100%"
                                />
                              }
                            />
                          ))}
                        </Box>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          ) : null}
        </>
      )}
    </Stack>
  );
}
