// The jobs of a bulk change as the server reports them: while one runs, its id, its state and how many
// actions have an answer; once finished, each job's final state (Completed, PartialCompleted, Failed).
import { Typography } from "@mui/material";
import type { AccessJobProgress, AccessJobState } from "../../../api/access-jobs";

const PHASE: Record<AccessJobProgress["phase"], string> = {
  submitting: "sending the job",
  waiting: "Active",
  reading: "reading which actions failed",
  reconciling: "checking the members list",
  finished: "finished",
};

const FINAL: Record<string, string> = {
  Refused: "refused by the server",
  Unconfirmed: "not confirmed by the server",
};

export function BulkJobProgress({ state, progress }: { state: AccessJobState; progress: AccessJobProgress | undefined }) {
  const finished = state.batches.flatMap((b) => (b.phase === "finished" ? [b] : []));
  return (
    <>
      {progress ? (
        <Typography variant="body2" data-testid="bulk-job-progress">
          {`Job ${progress.job} of ${progress.jobs}${progress.jobId ? ` (${progress.jobId})` : ""}: ${PHASE[progress.phase]}`}
          {progress.phase === "waiting" && progress.polls > 0
            ? ` (asked ${progress.polls} ${progress.polls === 1 ? "time" : "times"})`
            : ""}
          {` · ${progress.settled} of ${progress.total} actions answered`}
        </Typography>
      ) : null}
      {finished.map((b, i) => (
        <Typography key={b.jobId ?? `batch-${i}`} variant="body2" data-testid="bulk-job-status" data-status={b.status}>
          {`Job ${b.jobId ?? i + 1}: ${FINAL[b.status] ?? b.status} · ${b.actions.length} ${b.actions.length === 1 ? "action" : "actions"}`}
        </Typography>
      ))}
    </>
  );
}
