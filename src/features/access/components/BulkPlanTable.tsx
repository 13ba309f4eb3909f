// The dry run of a bulk change: one row per selected member with what would be added and removed, or
// why nothing will be sent (already in the target state, or blocked). After applying, the same rows
// carry the server's answer per member, its error text shown as text.
import { memo } from "react";
import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import type { PlanEntry } from "../bulk-plan";
import { personFromUser, personName } from "../effective-access";
import type { MemberOutcome } from "../bulk-job";
import { ServerName } from "../../../components/ServerName";

function outcome(entry: PlanEntry, result: MemberOutcome | undefined) {
  if (entry.state === "unchanged") return <Chip size="small" label="Already in target state" />;
  if (entry.state === "blocked") return <Chip size="small" variant="outlined" label={`Not sent: ${entry.reason}`} />;
  if (!result) return <Chip size="small" color="primary" variant="outlined" label="Will change" />;
  switch (result.status) {
    case "saving":
      return <Chip size="small" color="primary" label="Waiting for the server…" />;
    case "saved":
      return <Chip size="small" color="success" label="Saved" />;
    case "failed":
      return <Chip size="small" color="error" label={`Failed: ${result.errors.join(" ")}`} sx={{ maxWidth: 420 }} />;
    case "unknown":
      return <Chip size="small" color="warning" label={`Not confirmed: ${result.errors.join(" ")}`} sx={{ maxWidth: 420 }} />;
  }
}

/** The roles a member holds once the server confirmed the change: the planned set. */
function rolesAfter(entry: PlanEntry): string {
  const removed = new Set(entry.removed.map((r) => r.id));
  return [...entry.member.roles.filter((r) => !removed.has(r.id)), ...entry.added].map((r) => r.displayName).join(", ") || "—";
}

const NO_RESULTS: Record<string, MemberOutcome> = {};

// Memoized: the job's progress re-renders the wizard at every poll, the rows change only with results.
export const BulkPlanTable = memo(function BulkPlanTable({
  plan,
  results = NO_RESULTS,
}: {
  plan: readonly PlanEntry[];
  results?: Record<string, MemberOutcome> | undefined;
}) {
  return (
    <TableContainer sx={{ maxHeight: 480 }} tabIndex={0} role="region" aria-label="Changes per member (scrollable)">
      <Table size="small" stickyHeader aria-label="Changes per member">
        <TableHead>
          <TableRow>
            <TableCell>Member</TableCell>
            <TableCell>Roles now</TableCell>
            <TableCell>Change</TableCell>
            <TableCell>Outcome</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.map((e) => {
            const name = personName(personFromUser(e.member));
            const result = results[e.member.id];
            return (
              <TableRow key={e.member.id} data-testid="bulk-plan-row" data-member={name} data-outcome={result?.status ?? e.state}>
                <TableCell sx={{ overflowWrap: "anywhere" }}>
                  <ServerName name={name} />
                  <Typography variant="caption" component="div" color="text.secondary">
                    <ServerName name={e.member.email ?? e.member.id} />
                  </Typography>
                </TableCell>
                <TableCell sx={{ overflowWrap: "anywhere" }}>
                  <ServerName
                    name={result?.status === "saved" ? rolesAfter(e) : e.member.roles.map((r) => r.displayName).join(", ") || "—"}
                  />
                </TableCell>
                <TableCell sx={{ overflowWrap: "anywhere" }}>
                  <ServerName
                    name={[...e.added.map((r) => `+ ${r.displayName}`), ...e.removed.map((r) => `− ${r.displayName}`)].join(", ") || "—"}
                  />
                </TableCell>
                <TableCell>{outcome(e, result)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
});
