// Owners of the iTwin (O1): they hold every permission, so they carry no roles. Missing users flagged.
import { Alert, Box, CircularProgress, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import { MissingUserChip } from "./MissingUserChip";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { useOwners } from "../../../api/queries/itwin-owners";
import { isMissingUser, userDisplayName } from "../member-search";

export function OwnersTab({ iTwinId }: { iTwinId: string }) {
  const owners = useOwners(iTwinId);
  if (owners.isPending) {
    return (
      <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
        <CircularProgress size={20} /> Loading owners…
      </Box>
    );
  }
  if (owners.isError) return <ApiErrorAlert error={owners.error} action="Loading owners" onRetry={() => void owners.refetch()} />;
  if (owners.data.length === 0) return <Alert severity="info">This iTwin lists no owners.</Alert>;
  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {owners.data.length} owner{owners.data.length === 1 ? "" : "s"} — owners hold every permission on the iTwin.
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Owners">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>E-mail</TableCell>
              <TableCell>Organization</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {owners.data.map((o) => (
              <TableRow key={o.id}>
                <TableCell>{isMissingUser(o) ? <MissingUserChip /> : userDisplayName(o)}</TableCell>
                <TableCell>{o.email ?? ""}</TableCell>
                <TableCell>{o.organization ?? ""}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
