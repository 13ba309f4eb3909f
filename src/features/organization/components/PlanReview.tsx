// One plan: the iTwins the person alone owns called out (kept unless chosen), Apply with progress and
// Retry failed, then per iTwin what is removed, the permissions that takes away and each result.
// A plan can hold thousands of changes: its iTwins are shown in batches (PlanReviewBatches), below the
// buttons so that loading more of them never moves the buttons away.
import { Alert, AlertTitle, Box, Button, Checkbox, FormControlLabel, LinearProgress, Stack, Typography } from "@mui/material";
import { useCallback, useMemo, useRef, useState } from "react";
import { MoreITwins, useShownITwins } from "./PlanReviewBatches";
import { effectWord, PlanITwinChanges, rowsByChange } from "./PlanITwinChanges";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ServerName } from "../../../components/ServerName";
import { onlyOwnerITwins } from "../../../org/plan/offboard";
import { ExtraRolesCallout } from "./RolePlanParts";
import type { Plan } from "../../../org/plan/plan";
import { tally, type PlanProgress } from "../../../org/plan/progress";
import { plural } from "../../../lib/plural";
import { safeName } from "../../../lib/server-text";

export interface PlanReviewProps {
  plan: Plan;
  progress: PlanProgress | null;
  running: boolean;
  error?: string | undefined;
  /** The plan is being re-made from edited rows: not applied until it is stored. */
  checking?: boolean;
  onChoose: (changeId: string, selected: boolean) => void;
  onApply: () => void;
  onRetry: () => void;
  onDelete: () => void;
  /** Builds the inverse plan of what this plan applied; absent when it has applied nothing. */
  onUndo?: (() => void) | undefined;
}

export function PlanReview({
  plan,
  progress,
  running,
  error,
  checking = false,
  onChoose,
  onApply,
  onRetry,
  onDelete,
  onUndo,
}: PlanReviewProps) {
  const started = progress !== null && progress.status !== "draft";
  const counts = useMemo(() => (progress ? tally(plan, progress) : null), [plan, progress]);
  const chosen = useMemo(() => plan.itwins.reduce((n, t) => n + t.changes.filter((c) => c.selected).length, 0), [plan]);
  // Worked out once per plan, and handed to every iTwin's part unchanged so that only the parts whose
  // own changes moved render again.
  const effect = useMemo(() => effectWord(plan), [plan]);
  const rows = useMemo(() => rowsByChange(plan), [plan]);
  const latestChoose = useRef(onChoose);
  latestChoose.current = onChoose;
  const choose = useCallback((changeId: string, selected: boolean) => latestChoose.current(changeId, selected), []);
  const settled = counts ? counts.byState.succeeded + counts.byState.drifted + counts.byState.failed + counts.byState.unknown : 0;
  const retryable = counts ? counts.byState.failed + counts.byState.unknown : 0;
  const interrupted = !running && progress?.status === "applying";
  const resumable = !running && progress?.status === "stopped" && settled < chosen;
  const onlyOwner = useMemo(() => onlyOwnerITwins(plan), [plan]);
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

      {plan.undoes ? (
        <Typography sx={{ mb: 1 }} data-testid="undoes">
          Takes back what the plan “<ServerName name={plan.undoes.title} />” applied. Each change is checked against the server first:
          whatever changed since is shown, not overwritten.
        </Typography>
      ) : null}

      {plan.cannot?.length ? (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="cannot-undo">
          <AlertTitle>{plural(plan.cannot.length, "change")} cannot be undone</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {plan.cannot.map((c, i) => (
              <li key={i}>
                <ServerName name={c.iTwinName} />: {c.description} — {c.reason}
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}

      {plan.lacking.length ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          The index lacks {plural(plan.lacking.length, "iTwin")} ({plan.lacking.map((t) => safeName(t.name)).join(", ")}): this plan says
          nothing about them.
        </Alert>
      ) : null}

      {plan.notes?.length ? (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="plan-notes">
          <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {plan.notes.map((note) => (
              <li key={note}>
                <ServerName name={note} />
              </li>
            ))}
          </Stack>
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

      <ExtraRolesCallout plan={plan} />

      {plan.itwins.length === 0 ? (
        <Typography>
          {plan.kind === "roleTemplate"
            ? "Every target is in line: nothing to change."
            : plan.kind === "import"
              ? "No row to import yet: nothing to change."
              : "No access on any indexed iTwin: nothing to change."}
        </Typography>
      ) : null}

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
          <Button variant="contained" onClick={onApply} disabled={chosen === 0 || checking}>
            {checking ? "Checking the rows…" : `Apply ${plural(chosen, "change")}`}
          </Button>
        ) : null}
        {interrupted || resumable ? (
          <Button variant="contained" onClick={onApply}>
            Resume
          </Button>
        ) : null}
        {onUndo && !running && progress?.status !== "applying" ? (
          <Button variant="outlined" onClick={onUndo}>
            Undo this plan
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
      <Box sx={{ mt: 2 }}>
        {plan.itwins.slice(0, shown.count).map((itwin) => (
          <PlanITwinChanges
            key={itwin.iTwinId}
            kind={plan.kind}
            effect={effect}
            rows={rows}
            itwin={itwin}
            progress={progress}
            started={started}
            running={running}
            onChoose={choose}
          />
        ))}
        {shown.count < plan.itwins.length ? <MoreITwins shown={shown.count} total={plan.itwins.length} onMore={shown.more} /> : null}
      </Box>
    </Box>
  );
}
