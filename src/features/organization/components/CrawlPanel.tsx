// The crawl's progress (counts, a bar, time left), its controls and the request budget.
import { Alert, Box, Button, LinearProgress, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useExternalStore } from "../../../lib/external-store";
import { chooseBudget, requestBudget } from "../../../org/budget";
import type { Crawler, CrawlProgress } from "../../../org/crawler";
import type { ITwinSummary } from "../../../org/itwin-summary";
import { useFocusAfterRemoval } from "../../../components/use-focus-after-removal";
import { pluralNoun } from "../../../lib/plural";
import { safeName } from "../../../lib/server-text";

function eta(ms: number | null): string {
  if (ms === null) return "estimating…";
  if (ms < 60_000) return `about ${Math.max(1, Math.round(ms / 1000))} s left`;
  return `about ${Math.round(ms / 60_000)} min left`;
}

export function CrawlPanel({ crawler, progress, lacking }: { crawler: Crawler; progress: CrawlProgress; lacking: ITwinSummary[] }) {
  const budget = useExternalStore(requestBudget);
  const [draft, setDraft] = useState(String(budget));
  const { phase, total, finished, failed } = progress;
  const value = total ? (100 * (finished + failed)) / total : 0;
  const failedRows = lacking.filter((t) => t.state === "failed");
  const running = phase === "crawling" || phase === "listing";
  const stopped = phase === "paused" || phase === "cancelled";
  // The buttons change with the phase: a pressed one that goes away hands focus to the one in its place.
  const keepFocus = useFocusAfterRemoval<HTMLDivElement>();
  return (
    <Box component="section" aria-label="Index progress" sx={{ mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap {...keepFocus}>
        <Typography role="status" data-testid="crawl-status">
          {phase === "listing"
            ? "Listing the organization's iTwins…"
            : `${finished} of ${total} ${pluralNoun(total, "iTwin")} indexed${failed ? `, ${failed} failed` : ""}${progress.noAccess ? `, ${progress.noAccess} without access` : ""} · ${progress.requests} ${pluralNoun(progress.requests, "request")}${running ? ` · ${eta(progress.etaMs)}` : ""}${phase === "paused" ? " · paused" : ""}${phase === "cancelled" ? " · cancelled" : ""}${phase === "done" && lacking.length === 0 ? " · complete" : ""}`}
        </Typography>
        {/* One button in one place for Pause and Resume, so pressing it keeps focus on it. */}
        {running || stopped ? (
          <Button onClick={() => (running ? crawler.pause() : crawler.resume())}>{running ? "Pause" : "Resume"}</Button>
        ) : null}
        {running || phase === "paused" ? <Button onClick={() => crawler.cancel()}>Cancel</Button> : null}
        {!running ? <Button onClick={() => void crawler.refresh("all")}>Refresh all</Button> : null}
        <TextField
          size="small"
          label="Requests per minute"
          type="number"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            const n = Number(draft);
            if (Number.isInteger(n) && n > 0) chooseBudget(n);
            else setDraft(String(budget));
          }}
          sx={{ width: 180 }}
        />
      </Stack>
      <LinearProgress variant="determinate" value={value} aria-label="Indexed iTwins" sx={{ mt: 1 }} />
      {progress.error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {progress.error}
        </Alert>
      ) : null}
      {failedRows.length ? (
        <Alert
          severity="warning"
          sx={{ mt: 1 }}
          action={
            <Button color="inherit" onClick={() => void crawler.refresh(failedRows.map((t) => t.id))}>
              Retry failed
            </Button>
          }
        >
          Could not read: {failedRows.map((t) => `${safeName(t.displayName)} (${t.error ?? "failed"})`).join("; ")}
        </Alert>
      ) : null}
    </Box>
  );
}

const listed = (rows: ITwinSummary[]) => {
  const names = rows.slice(0, 10).map((t) => safeName(t.displayName));
  return `${names.join(", ")}${rows.length > names.length ? ", …" : ""}`;
};
const iTwins = (n: number) => `${n} iTwin${n === 1 ? "" : "s"}`;

/** Said beside every answer drawn from an incomplete index: which iTwins it lacks, which it answers from older snapshots. */
export function IncompleteNotice({ lacking }: { lacking: ITwinSummary[] }) {
  if (lacking.length === 0) return null;
  const missing = lacking.filter((t) => t.snapshotAt === null);
  const earlier = lacking.filter((t) => t.snapshotAt !== null);
  return (
    <Alert severity="info" sx={{ my: 1 }} data-testid="incomplete-notice">
      {missing.length ? `The index is incomplete: this answer lacks ${iTwins(missing.length)} (${listed(missing)}). ` : ""}
      {earlier.length
        ? `${iTwins(earlier.length)} not read again yet (or failing to be): this answer uses their earlier snapshot (${listed(earlier)}).`
        : ""}
    </Alert>
  );
}
