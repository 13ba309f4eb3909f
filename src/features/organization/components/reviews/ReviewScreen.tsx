// One access review being worked: progress, the filter, bulk decisions on what it shows, the lines
// (windowed) with the one the reviewer is on in full below them, then applying and the evidence.
// The filter and the line the reviewer is on are kept in sessionStorage per review, so a reload
// comes back to the same place; decisions are saved as they are made (by the caller).
import { Alert, Box, Stack, Typography } from "@mui/material";
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from "react";
import { ServerName } from "../../../../components/ServerName";
import { plural } from "../../../../lib/plural";
import type { Campaign, Decision, LineResult, ReviewLine, Reviewer, Verdict } from "../../../../org/review/campaign";
import { decide, progressOf, undecide, withNote } from "../../../../org/review/decisions";
import { filterLines, openCampaign } from "../../../../org/review/view";
import { readReviewSession, writeReviewSession } from "../../../../org/review-session";
import { BulkDecision } from "./BulkDecision";
import { GoneLines } from "./GoneLines";
import { LineDetails } from "./LineDetails";
import { shownItems } from "./line-groups";
import { isNarrowed, NO_FILTER, ReviewFilters, toLineFilter, type ScreenFilter } from "./ReviewFilters";
import type { LineActions } from "./line-text";
import { ReviewLines } from "./ReviewLines";
import { ReviewProgress } from "./ReviewProgress";

const placeKey = (campaignId: string) => `place:${campaignId}`;

function readPlace(campaignId: string): { filter: ScreenFilter; active: string | null } {
  const v = (readReviewSession(placeKey(campaignId)) ?? {}) as { filter?: Partial<ScreenFilter>; active?: unknown };
  return { filter: { ...NO_FILTER, ...v.filter }, active: typeof v.active === "string" ? v.active : null };
}

export interface ReviewScreenProps {
  campaign: Campaign;
  decisions: ReadonlyMap<string, Decision>;
  results: ReadonlyMap<string, LineResult>;
  reviewer: Reviewer;
  onDecisions: (next: Map<string, Decision>) => void;
  /** Apply, evidence and export: below the lines. */
  children?: ReactNode;
  /** Beside the title: delete, export. */
  actions?: ReactNode;
  /** Beside what the hints judge by: changing it. */
  hintSettings?: ReactNode;
}

export function ReviewScreen({ campaign, decisions, results, reviewer, onDecisions, children, actions, hintSettings }: ReviewScreenProps) {
  const view = useMemo(() => openCampaign(campaign), [campaign]);
  const [place, setPlace] = useState(() => readPlace(campaign.id));
  useEffect(() => setPlace(readPlace(campaign.id)), [campaign.id]);
  useEffect(() => {
    writeReviewSession(placeKey(campaign.id), place);
  }, [campaign.id, place]);
  const filter = place.filter;
  const setFilter = (f: ScreenFilter) => setPlace((p) => ({ ...p, filter: f }));
  const deferredFilter = useDeferredValue(filter);
  const lineFilter = useMemo(() => toLineFilter(deferredFilter), [deferredFilter]);
  // A decision changes what an "Undecided" filter shows only when the filter changes: a line just
  // decided stays in view instead of jumping away under the reviewer's cursor.
  const [frozen, setFrozen] = useState(decisions);
  useEffect(() => setFrozen(decisions), [lineFilter, view]); // eslint-disable-line react-hooks/exhaustive-deps
  const stateFilter = lineFilter.state !== undefined;
  const shown = useMemo(
    () => filterLines(view, lineFilter, stateFilter ? frozen : decisions),
    [view, lineFilter, stateFilter, frozen, decisions],
  );
  const list = useMemo(() => shownItems(view, shown, deferredFilter.groupBy, decisions), [view, shown, deferredFilter.groupBy, decisions]);
  const { overall, byITwin } = useMemo(() => progressOf(view, decisions), [view, decisions]);
  const active = place.active ? (view.byId.get(place.active) ?? null) : null;

  const lineActions: LineActions = useMemo(
    () => ({
      onDecide: (lineId: string, verdict: Verdict | null) =>
        onDecisions(
          verdict
            ? decide(view, decisions, [lineId], { verdict, by: reviewer, note: decisions.get(lineId)?.note ?? "" })
            : undecide(decisions, [lineId]),
        ),
      onNote: (lineId: string, note: string) => onDecisions(withNote(decisions, lineId, note)),
      onActive: (lineId: string) => setPlace((p) => (p.active === lineId ? p : { ...p, active: lineId })),
    }),
    [view, decisions, onDecisions, reviewer],
  );
  const bulk = useCallback(
    (verdict: Verdict, note: string, lines: readonly ReviewLine[]) => {
      const applied = new Set([...results.values()].filter((r) => r.outcome === "applied").map((r) => r.lineId));
      const targets = lines.filter((l) => !applied.has(l.id)).map((l) => l.id);
      const next = decide(view, decisions, targets, { verdict, note, by: reviewer });
      onDecisions(next);
      // After a bulk decision an "Undecided" filter shows what is left.
      setFrozen(next);
    },
    [results, view, decisions, reviewer, onDecisions],
  );

  return (
    <Box component="section" aria-label={`Access review ${campaign.name}`}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }}>
        <Typography variant="h6" component="h3">
          <ServerName name={campaign.name} />
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Snapshot of {plural(campaign.itwins.length, "iTwin")} taken {new Date(campaign.snapshotAt).toLocaleString()} · started by{" "}
          <ServerName name={campaign.reviewer.name} />
        </Typography>
        {actions}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="review-hint-settings">
        Hints judge by: organization e-mail domains{" "}
        {campaign.domains.length ? <ServerName name={campaign.domains.join(", ")} /> : "none set (no one is hinted as outside)"} · more than{" "}
        {plural(campaign.maxOwners, "owner")} on an iTwin is hinted “Many owners” {hintSettings}
      </Typography>
      <GoneLines campaign={campaign} />
      {campaign.lacking.length ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          The index lacked {plural(campaign.lacking.length, "iTwin")} in scope ({campaign.lacking.map((t) => t.name).join(", ")}): this
          review says nothing about them.
        </Alert>
      ) : null}
      <ReviewProgress view={view} overall={overall} byITwin={byITwin} onPickITwin={(id) => setFilter({ ...filter, iTwinId: id })} />
      <Box sx={{ my: 2 }}>
        <ReviewFilters view={view} filter={filter} onChange={setFilter} />
      </Box>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }}>
        <Typography role="status" data-testid="review-shown">
          {shown.length.toLocaleString("en")} of {plural(view.lines.length, "line")} shown
        </Typography>
        {/* Not while the lines shown still lag a filter just changed: the count must be the filter's. */}
        <BulkDecision
          shown={shown}
          decisions={decisions}
          narrowed={isNarrowed(filter)}
          disabled={filter !== deferredFilter}
          onDecide={bulk}
        />
      </Stack>
      {view.lines.length === 0 ? (
        <Typography>No access to review: the iTwins in scope grant nothing to anyone.</Typography>
      ) : (
        <ReviewLines view={view} list={list} decisions={decisions} results={results} activeId={place.active} actions={lineActions} />
      )}
      <Box sx={{ mt: 2 }}>
        <LineDetails
          view={view}
          line={active}
          decision={active ? decisions.get(active.id) : undefined}
          result={active ? results.get(active.id) : undefined}
        />
      </Box>
      {children ? <Box sx={{ mt: 3 }}>{children}</Box> : null}
    </Box>
  );
}
