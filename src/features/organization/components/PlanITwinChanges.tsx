// One iTwin's part of a plan's review: each change with what it gives or takes away (roles, permissions)
// and, once applying has started, its result as the server gave it.
import { memo } from "react";
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

/** "it gives", "it takes away", or neither when the plan does both: worked out once per plan, not per iTwin. */
export function effectWord(plan: Plan): string {
  const changes = plan.itwins.flatMap((t) => t.changes);
  if (changes.length > 0 && changes.every(gives)) return " it gives";
  if (changes.every((c) => !gives(c))) return " it takes away";
  return " at stake";
}

/** For a plan made from spreadsheet rows: the rows each change carries. */
export function rowsByChange(plan: Plan): ReadonlyMap<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const r of plan.source?.rows ?? []) {
    if (!r.changeId) continue;
    const list = rows.get(r.changeId);
    if (list) list.push(r.row);
    else rows.set(r.changeId, [r.row]);
  }
  return rows;
}

export interface PlanITwinChangesProps {
  kind: Plan["kind"];
  /** `effectWord` of the plan. */
  effect: string;
  /** `rowsByChange` of the plan. */
  rows: ReadonlyMap<string, number[]>;
  itwin: ITwinChanges;
  progress: PlanProgress | null;
  started: boolean;
  running: boolean;
  onChoose: (changeId: string, selected: boolean) => void;
}

/**
 * Applying saves its progress after every step: only the iTwins whose own changes moved render again
 * (a review may show a hundred and fifty of them).
 */
function sameFor(a: PlanITwinChangesProps, b: PlanITwinChangesProps): boolean {
  if (
    a.kind !== b.kind ||
    a.effect !== b.effect ||
    a.rows !== b.rows ||
    a.itwin !== b.itwin ||
    a.started !== b.started ||
    a.running !== b.running ||
    a.onChoose !== b.onChoose
  )
    return false;
  if (a.progress === b.progress) return true;
  if (!a.progress || !b.progress) return false;
  const id = a.itwin.iTwinId;
  return (
    a.progress.itwinErrors[id] === b.progress.itwinErrors[id] &&
    a.itwin.changes.every((c) => a.progress!.changes[c.id] === b.progress!.changes[c.id])
  );
}

export const PlanITwinChanges = memo(function PlanITwinChanges({
  kind,
  effect,
  rows,
  itwin,
  progress,
  started,
  running,
  onChoose,
}: PlanITwinChangesProps) {
  const roleTemplate = kind === "roleTemplate";
  // An import gives roles to many people: each change says whom, and from which rows.
  const isImport = kind === "import";
  const rowsOf = (changeId: string) => rows.get(changeId) ?? [];
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
}, sameFor);

/** "2 of 3 done, 1 failed" for one iTwin's chosen changes. */
function itwinSummary(changes: readonly PlanChange[], progress: PlanProgress | null): string {
  const chosen = changes.filter((c) => c.selected);
  const count = (state: string) => chosen.filter((c) => stateOf(progress ?? emptyish, c.id) === state).length;
  const failed = count("failed") + count("unknown");
  const drifted = count("drifted");
  return `${count("succeeded")} of ${chosen.length} done${failed ? `, ${failed} not done` : ""}${drifted ? `, ${drifted} changed meanwhile` : ""}`;
}

const emptyish: PlanProgress = { planId: "", status: "draft", changes: {}, jobs: {}, itwinErrors: {}, updatedAt: 0 };
