// One iTwin's part of a plan's review: each change with what it gives or takes away (roles, permissions)
// and, once applying has started, its result as the server gave it.
import { Alert, Box, Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { ServerName } from "../../../components/ServerName";
import { describeChange, grantsAccess, permissionsAtStake, type ITwinChanges, type Plan, type PlanChange } from "../../../org/plan/plan";
import { stateOf, type ChangeProgress, type PlanProgress } from "../../../org/plan/progress";
import { PermissionList, RoleCells } from "./RolePlanParts";

function StatusText({ change, entry, running }: { change: PlanChange; entry: ChangeProgress | undefined; running: boolean }) {
  if (!change.selected) return <>Kept</>;
  const state = entry?.state ?? "pending";
  switch (state) {
    case "pending":
      return <>{running ? "Waiting" : "Not sent"}</>;
    case "sending":
      return <>{running ? "Sending…" : "Sent, not confirmed yet"}</>;
    case "succeeded":
      return <>Done{entry?.note ? ` (${entry.note})` : ""}</>;
    case "failed":
      return <>Failed: {entry?.error ?? "not applied"}</>;
    case "unknown":
      return <>Not confirmed: {entry?.error ?? "the server's answer was lost"}</>;
    case "drifted":
      return <>Changed meanwhile, not sent: {entry?.note}</>;
  }
}

function Permissions({ change }: { change: PlanChange }) {
  const at = permissionsAtStake(change);
  if (at === "all") return <>Every permission (owner)</>;
  return <PermissionList list={at} none="None through this" />;
}

/** Gives access (roles only added to a member's count too): the columns then say what it gives. */
const gives = (c: PlanChange) => grantsAccess(c) || (c.kind === "changeUserRoles" && c.from.every((r) => c.to.includes(r)));

/** "it gives", "it takes away", or neither when the plan does both. */
function effectWord(plan: Plan): string {
  const changes = plan.itwins.flatMap((t) => t.changes);
  if (changes.length > 0 && changes.every(gives)) return " it gives";
  if (changes.every((c) => !gives(c))) return " it takes away";
  return " at stake";
}

export interface PlanITwinChangesProps {
  plan: Plan;
  itwin: ITwinChanges;
  progress: PlanProgress | null;
  started: boolean;
  running: boolean;
  onChoose: (changeId: string, selected: boolean) => void;
}

export function PlanITwinChanges({ plan, itwin, progress, started, running, onChoose }: PlanITwinChangesProps) {
  const roleTemplate = plan.kind === "roleTemplate";
  const effect = effectWord(plan);
  // An import gives roles to many people: each change says whom, and from which rows.
  const isImport = plan.kind === "import";
  const rowsOf = (changeId: string) => (plan.source?.rows ?? []).filter((r) => r.changeId === changeId).map((r) => r.row);
  return (
    <Box component="section" aria-label={`Changes on ${itwin.iTwinName}`} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h4">
        <ServerName name={itwin.iTwinName} />
        {itwin.account ? " (Account iTwin: its groups reach every iTwin)" : ""}
        {started ? ` · ${itwinSummary(itwin.changes, progress)}` : ""}
      </Typography>
      {progress?.itwinErrors[itwin.iTwinId] ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {progress.itwinErrors[itwin.iTwinId]}
        </Alert>
      ) : null}
      <Table size="small" aria-label={`Changes on ${itwin.iTwinName}`}>
        {/* Plans that only take away say so; the others name what each change gives or takes. */}
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">Include</TableCell>
            {isImport ? <TableCell>Person</TableCell> : null}
            <TableCell>Change</TableCell>
            {roleTemplate ? (
              <>
                <TableCell>Permissions it gives</TableCell>
                <TableCell>Permissions it takes away</TableCell>
              </>
            ) : (
              <>
                <TableCell>Roles{effect}</TableCell>
                <TableCell>Permissions{effect}</TableCell>
              </>
            )}
            {isImport ? <TableCell>Rows</TableCell> : null}
            <TableCell>Result</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {itwin.changes.map((change) => {
            const entry = progress?.changes[change.id];
            const who = isImport && "email" in change ? change.email : null;
            const label = `${describeChange(change)}${who ? ` ${who}` : ""} on ${itwin.iTwinName}`;
            return (
              <TableRow key={change.id} data-state={change.selected ? stateOf(progress ?? emptyish, change.id) : "kept"}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={change.selected}
                    disabled={started}
                    onChange={(e) => onChoose(change.id, e.target.checked)}
                    slotProps={{ input: { "aria-label": `Include: ${label}` } }}
                  />
                </TableCell>
                {isImport ? <TableCell sx={{ overflowWrap: "anywhere", minWidth: 180 }}>{who}</TableCell> : null}
                <TableCell>
                  {describeChange(change)}
                  {change.warning === "onlyOwner" ? " (only owner)" : ""}
                  {change.warning === "holdersLoseAccess" ? " (members hold it)" : ""}
                </TableCell>
                {roleTemplate ? (
                  <RoleCells change={change} />
                ) : (
                  <>
                    <TableCell>
                      {change.kind === "removeOwner" || change.kind === "addOwner"
                        ? "Ownership"
                        : change.roles.map((r) => r.displayName).join(", ") || "—"}
                    </TableCell>
                    <TableCell>
                      <Permissions change={change} />
                    </TableCell>
                  </>
                )}
                {isImport ? <TableCell>{rowsOf(change.id).join(", ")}</TableCell> : null}
                <TableCell>
                  <StatusText change={change} entry={entry} running={running} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

/** "2 of 3 done, 1 failed" for one iTwin's chosen changes. */
function itwinSummary(changes: readonly PlanChange[], progress: PlanProgress | null): string {
  const chosen = changes.filter((c) => c.selected);
  const count = (state: string) => chosen.filter((c) => stateOf(progress ?? emptyish, c.id) === state).length;
  const failed = count("failed") + count("unknown");
  const drifted = count("drifted");
  return `${count("succeeded")} of ${chosen.length} done${failed ? `, ${failed} not done` : ""}${drifted ? `, ${drifted} changed meanwhile` : ""}`;
}

const emptyish: PlanProgress = { planId: "", status: "draft", changes: {}, jobs: {}, itwinErrors: {}, updatedAt: 0 };
