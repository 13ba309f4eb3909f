// One plan: per iTwin, what is removed and the permissions that takes away, the iTwins the person alone
// owns called out (kept unless chosen), then Apply with progress, per-change results and Retry failed.
// A plan can hold thousands of changes: its iTwins are shown in batches (PlanReviewBatches).
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  Chip,
  FormControlLabel,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { MoreITwins, useShownITwins } from "./PlanReviewBatches";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ServerName } from "../../../components/ServerName";
import { onlyOwnerITwins } from "../../../org/plan/offboard";
import { describeChange, permissionsAtStake, type ITwinChanges, type Plan, type PlanChange } from "../../../org/plan/plan";
import { stateOf, tally, type ChangeProgress, type PlanProgress } from "../../../org/plan/progress";
import { plural } from "../../../lib/plural";

export interface PlanReviewProps {
  plan: Plan;
  progress: PlanProgress | null;
  running: boolean;
  error?: string | undefined;
  onChoose: (changeId: string, selected: boolean) => void;
  onApply: () => void;
  onRetry: () => void;
  onDelete: () => void;
}

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
  if (at.length === 0) return <>None through this</>;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }} useFlexGap>
      {at.map((p) => (
        <Chip key={p} size="small" variant="outlined" label={p} />
      ))}
    </Stack>
  );
}

export function PlanReview({ plan, progress, running, error, onChoose, onApply, onRetry, onDelete }: PlanReviewProps) {
  const started = progress !== null && progress.status !== "draft";
  const counts = progress ? tally(plan, progress) : null;
  const chosen = plan.itwins.flatMap((t) => t.changes).filter((c) => c.selected).length;
  const settled = counts ? counts.byState.succeeded + counts.byState.drifted + counts.byState.failed + counts.byState.unknown : 0;
  const retryable = counts ? counts.byState.failed + counts.byState.unknown : 0;
  const interrupted = !running && progress?.status === "applying";
  const resumable = !running && progress?.status === "stopped" && settled < chosen;
  const onlyOwner = onlyOwnerITwins(plan);
  const who = plan.person?.name ?? "This person";
  const [deleting, setDeleting] = useState(false);
  const shown = useShownITwins(plan);

  return (
    <Box component="section" aria-label={`Plan ${plan.title}`}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }} useFlexGap>
        <Typography variant="h6" component="h3">
          <ServerName name={plan.title} />
        </Typography>
        {!running ? (
          <Button size="small" color="inherit" onClick={() => setDeleting(true)}>
            Delete plan
          </Button>
        ) : null}
      </Stack>
      <ConfirmDialog
        open={deleting}
        title="Delete this plan?"
        confirmLabel="Delete plan"
        destructive
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          onDelete();
        }}
      >
        The plan and the record of what it sent are removed from this browser. Changes already applied stay applied.
      </ConfirmDialog>

      {plan.lacking.length ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          The index lacks {plural(plan.lacking.length, "iTwin")} ({plan.lacking.map((t) => t.name).join(", ")}): this plan says nothing
          about them.
        </Alert>
      ) : null}

      {onlyOwner.length ? (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="only-owner-callout">
          <AlertTitle>
            {who} is the only owner of {plural(onlyOwner.length, "iTwin")}
          </AlertTitle>
          Removing them would leave the iTwin without an owner, so their ownership is kept. Choose to remove it anyway only once another
          owner is in place.
          <Stack sx={{ mt: 1 }}>
            {onlyOwner.map((o) => (
              <FormControlLabel
                key={o.changeId}
                disabled={started}
                control={<Checkbox checked={o.selected} onChange={(e) => onChoose(o.changeId, e.target.checked)} />}
                label={`Remove the ownership of ${o.iTwinName} anyway`}
              />
            ))}
          </Stack>
        </Alert>
      ) : null}

      {plan.itwins.length === 0 ? <Typography>No access on any indexed iTwin: nothing to change.</Typography> : null}

      {plan.itwins.slice(0, shown.count).map((itwin) => (
        <ITwinSection
          key={itwin.iTwinId}
          itwin={itwin}
          progress={progress}
          started={started}
          running={running}
          error={progress?.itwinErrors[itwin.iTwinId]}
          onChoose={onChoose}
        />
      ))}
      {shown.count < plan.itwins.length ? <MoreITwins shown={shown.count} total={plan.itwins.length} onMore={shown.more} /> : null}

      {error ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          Applying stopped: {error}
        </Alert>
      ) : null}
      {interrupted ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          Applying was interrupted (the page was reloaded or closed). Resume asks the server what was already done and sends only the rest.
        </Alert>
      ) : null}

      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
        {!started && !running ? (
          <Button variant="contained" onClick={onApply} disabled={chosen === 0}>
            Apply {plural(chosen, "change")}
          </Button>
        ) : null}
        {interrupted || resumable ? (
          <Button variant="contained" onClick={onApply}>
            Resume
          </Button>
        ) : null}
        {!running && progress?.status !== "applying" && retryable > 0 ? (
          <Button variant="outlined" onClick={onRetry}>
            Retry failed ({retryable})
          </Button>
        ) : null}
        {counts && started ? (
          <Typography role="status" data-testid="plan-status">
            {running ? "Applying: " : progress?.status === "finished" ? "Finished: " : interrupted ? "Interrupted: " : "Stopped: "}
            {counts.byState.succeeded} of {counts.chosen} done
            {counts.byState.failed ? `, ${counts.byState.failed} failed` : ""}
            {counts.byState.unknown ? `, ${counts.byState.unknown} not confirmed` : ""}
            {counts.byState.drifted ? `, ${counts.byState.drifted} changed meanwhile` : ""}
            {counts.kept ? `, ${counts.kept} kept` : ""}
          </Typography>
        ) : null}
      </Stack>
      {running && counts ? (
        <LinearProgress
          variant="determinate"
          value={counts.chosen ? (100 * settled) / counts.chosen : 0}
          aria-label="Applied changes"
          sx={{ mt: 1 }}
        />
      ) : null}
    </Box>
  );
}

/** One iTwin's changes, with what each takes away and its result. */
function ITwinSection({
  itwin,
  progress,
  started,
  running,
  error,
  onChoose,
}: {
  itwin: ITwinChanges;
  progress: PlanProgress | null;
  started: boolean;
  running: boolean;
  error: string | undefined;
  onChoose: (changeId: string, selected: boolean) => void;
}) {
  return (
    <Box component="section" aria-label={`Changes on ${itwin.iTwinName}`} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h4">
        <ServerName name={itwin.iTwinName} />
        {itwin.account ? " (Account iTwin: its groups reach every iTwin)" : ""}
        {started ? ` · ${itwinSummary(itwin.changes, progress)}` : ""}
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      ) : null}
      <Table size="small" aria-label={`Changes on ${itwin.iTwinName}`}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">Include</TableCell>
            <TableCell>Change</TableCell>
            <TableCell>Roles it takes away</TableCell>
            <TableCell>Permissions it takes away</TableCell>
            <TableCell>Result</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {itwin.changes.map((change) => {
            const entry = progress?.changes[change.id];
            const label = `${describeChange(change)} on ${itwin.iTwinName}`;
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
                <TableCell>
                  {describeChange(change)}
                  {change.warning === "onlyOwner" ? " (only owner)" : ""}
                </TableCell>
                <TableCell>
                  {change.kind === "removeOwner" ? "Ownership" : change.roles.map((r) => r.displayName).join(", ") || "—"}
                </TableCell>
                <TableCell>
                  <Permissions change={change} />
                </TableCell>
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
