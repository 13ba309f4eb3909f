// Who can change access on this iTwin: owners (full control, no role needed) and holders of any
// administration_* permission, each with the role or group → role it comes through. Counts first, so
// too many administrators stand out; filter by permission or name.
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
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useParams } from "react-router-dom";
import { usePrivilegedAccess } from "../../../api/queries/privileged-access";
import { Permission } from "../../../api/operations/permissions";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { describeSource } from "../../../lib/privileged-access";
import { PageHeader } from "../../../components/PageHeader";
import { PersonCell } from "../../../components/PersonCell";
import { ServerName } from "../../../components/ServerName";
import { pluralNoun } from "../../../lib/plural";

export function PrivilegedPage() {
  const { iTwinId = "" } = useParams();
  const state = usePrivilegedAccess(iTwinId);
  const [permission, setPermission] = useState("");
  const [text, setText] = useState("");
  const summary = state.summary;

  const visible = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return (summary?.people ?? []).filter(
      (p) =>
        (!permission || p.permissions.includes(permission)) &&
        (!needle || p.name.toLowerCase().includes(needle) || (p.email ?? "").toLowerCase().includes(needle)),
    );
  }, [summary, permission, text]);

  return (
    <Stack spacing={2}>
      <PageHeader
        title="Privileged access"
        description="Everyone who can change access on this iTwin. Owners have full control without any role; organization administrators can too, but no API lists them."
      />
      {state.error ? (
        <ApiErrorAlert
          error={state.error}
          action="Loading who can change access"
          requiredPermission={Permission.manageRoles}
          onRetry={state.retry}
        />
      ) : !summary ? (
        <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
          <CircularProgress size={20} /> Loading members, roles and groups…{" "}
          {state.loadedMembers > 0 ? `${state.loadedMembers} ${pluralNoun(state.loadedMembers, "member")} so far` : ""}
        </Box>
      ) : (
        <>
          <Box component="section" aria-label="Counts" sx={{ display: "flex", gap: 1, flexWrap: "wrap" }} data-testid="privileged-counts">
            <Chip color="warning" label={`${summary.people.length} can change access`} />
            <Chip label={`${summary.owners} owner${summary.owners === 1 ? "" : "s"}`} />
            <Chip label={`${summary.byRole} through roles`} />
            {summary.perPermission.map((p) => (
              <Chip key={p.permission} variant="outlined" label={`${p.permission}: ${p.count}`} />
            ))}
          </Box>
          {state.groupsError ? (
            <Alert severity="warning" data-testid="privileged-groups-unknown">
              The groups could not be read, so people who hold administration roles through a group are missing here.
            </Alert>
          ) : summary.unresolvedGroups.length > 0 ? (
            <Alert severity="warning" data-testid="privileged-groups-unknown">
              The people of {summary.unresolvedGroups.join(", ")} could not be read; they hold administration roles through{" "}
              {summary.unresolvedGroups.length === 1 ? "it" : "them"}.
            </Alert>
          ) : null}
          <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
            <TextField size="small" label="Search people" value={text} onChange={(e) => setText(e.target.value)} />
            <TextField
              select
              size="small"
              label="Permission"
              value={permission}
              onChange={(e) => setPermission(e.target.value)}
              sx={{ minWidth: 280 }}
            >
              <MenuItem value="">Any administration permission</MenuItem>
              {summary.perPermission.map((p) => (
                <MenuItem key={p.permission} value={p.permission}>
                  {p.permission}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          <Typography role="status" aria-live="polite">
            {visible.length} of {summary.people.length} shown
          </Typography>
          <TableContainer>
            <Table size="small" aria-label="People who can change access">
              <TableHead>
                <TableRow>
                  <TableCell>Person</TableCell>
                  <TableCell>Through</TableCell>
                  <TableCell>Administration permissions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {visible.map((p) => (
                  <TableRow key={p.key} data-testid="privileged-row">
                    <PersonCell name={p.name} email={p.email} />
                    <TableCell>
                      <Box component="ul" sx={{ m: 0, pl: 2 }}>
                        {p.sources.map((s, i) => (
                          <li key={i}>
                            <ServerName name={describeSource(s)} />
                          </li>
                        ))}
                      </Box>
                    </TableCell>
                    <TableCell>
                      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
                        {p.owner ? <Chip size="small" color="warning" label="all (owner)" /> : null}
                        {!p.owner && p.permissions.map((perm) => <Chip key={perm} size="small" label={perm} />)}
                      </Box>
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
