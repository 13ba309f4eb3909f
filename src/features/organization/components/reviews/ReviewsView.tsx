// The Access reviews tab: the reviews kept in this browser, starting one or refreshing the open one
// (its iTwins read again first, with progress), importing one another administrator exported, and the
// open review's screen with applying and the evidence. Which review is open, and a start or refresh
// under way, survive a reload.
import { Alert, Box, Button, LinearProgress, Stack, Typography } from "@mui/material";
import { useEffect, useMemo, useRef, useState } from "react";
import { ConfirmDialog } from "../../../../components/ConfirmDialog";
import { ServerName } from "../../../../components/ServerName";
import { downloadFile } from "../../../../lib/csv";
import { plural } from "../../../../lib/plural";
import type { Review, Reviewer, ReviewScope } from "../../../../org/review/campaign";
import { createCampaign, refreshCampaign, withSettings } from "../../../../org/review/create";
import { defaultDomains } from "../../../../org/review/hints";
import { exportReview, importReview, reviewFileName } from "../../../../org/review/review-file";
import { reviewPlan } from "../../../../org/review/review-plan";
import { openCampaign } from "../../../../org/review/view";
import { readReviewSession, writeReviewSession } from "../../../../org/review-session";
import type { OrgOwner, OrgView } from "../../use-org-index";
import type { PlansState } from "../../use-plans";
import type { ReviewsState } from "../../use-reviews";
import { ReviewApply } from "./ReviewApply";
import { CampaignList } from "./CampaignList";
import { EvidenceButtons } from "./EvidenceButtons";
import { HintSettingsButton } from "./HintSettingsButton";
import { NewCampaignDialog, scopedITwins } from "./NewCampaignDialog";
import { ReviewScreen } from "./ReviewScreen";

const makePlan = (review: Review) => reviewPlan(openCampaign(review.campaign), review, { id: crypto.randomUUID() });

const OPEN = "open";
const STARTING = "starting";

interface Starting {
  id: string;
  name: string;
  scope: ReviewScope;
  iTwinIds: string[];
  startedAt: number;
  domains?: string[];
  maxOwners?: number;
  /** Refreshing this campaign (of the same id) rather than starting a new one. */
  refresh?: boolean;
}

function readStarting(): Starting | null {
  const v = readReviewSession(STARTING) as Starting | null;
  return v && typeof v.id === "string" && Array.isArray(v.iTwinIds) && typeof v.startedAt === "number" ? v : null;
}

export interface ReviewsViewProps {
  index: OrgView;
  owner: OrgOwner;
  reviewer: Reviewer;
  reviews: ReviewsState;
  /** Reads these iTwins again (the crawler's refresh). */
  refresh: (iTwinIds: string[]) => void;
  plans: PlansState;
}

export function ReviewsView({ index, owner, reviewer, reviews, refresh, plans }: ReviewsViewProps) {
  const [selected, setSelected] = useState<string | null>(() => {
    const v = readReviewSession(OPEN);
    return typeof v === "string" ? v : null;
  });
  const [dialog, setDialog] = useState(false);
  const [starting, setStarting] = useState<Starting | null>(readStarting);
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { open, loaded, headers } = reviews;
  // Only while a new review is being set up: listing everyone makes each person of the directory.
  const suggestedDomains = useMemo(
    () => (dialog ? defaultDomains(index.people.list().flatMap((p) => (p.email ? [p.email] : []))) : []),
    [dialog, index.people],
  );

  const chosen = selected && headers.some((h) => h.id === selected) ? selected : (headers[0]?.id ?? null);
  useEffect(() => {
    if (!loaded) return;
    if (chosen) writeReviewSession(OPEN, chosen);
    void open(chosen);
  }, [loaded, chosen, open]);

  useEffect(() => {
    writeReviewSession(STARTING, starting);
  }, [starting]);

  // The iTwins of a review being started, read again since it started (or that could not be).
  const fresh = useMemo(() => {
    if (!starting) return 0;
    const wanted = new Set(starting.iTwinIds);
    return index.itwins.filter(
      (t) =>
        wanted.has(t.id) &&
        (t.state === "failed" || t.state === "noAccess" || (t.state === "done" && (t.snapshotAt ?? 0) >= starting.startedAt)),
    ).length;
  }, [index.itwins, starting]);
  const building = useRef(false);
  useEffect(() => {
    if (!starting || fresh < starting.iTwinIds.length || building.current) return;
    building.current = true;
    void (async () => {
      try {
        const wanted = new Set(starting.iTwinIds);
        const at = index.itwins.flatMap((t, i) => (wanted.has(t.id) ? [i] : []));
        const narrowed = await index.narrowed(at);
        const old = reviews.current;
        if (starting.refresh) {
          if (!old || old.campaign.id !== starting.id) throw new Error("the review is no longer open");
          const r = refreshCampaign(old.campaign, narrowed, old.decisions);
          await reviews.add({ campaign: r.campaign, decisions: r.decisions, results: old.results });
          const lost = r.gone.filter((g) => g.decision).length;
          setMessage({
            severity: "success",
            text: `Refreshed “${r.campaign.name}”: ${plural(r.campaign.lines.length, "line")}, ${plural(r.decisions.size, "decision")} kept; ${plural(r.gone.length, "line")} gone since the last snapshot${lost ? ` (${plural(lost, "decided line")} among them)` : ""}.`,
          });
          return;
        }
        const campaign = createCampaign(narrowed, {
          id: starting.id,
          name: starting.name,
          organizationId: owner.organization,
          scope: starting.scope,
          reviewer,
          ...(starting.domains && { domains: starting.domains }),
          ...(starting.maxOwners && { maxOwners: starting.maxOwners }),
        });
        await reviews.add({ campaign, decisions: new Map(), results: new Map() });
        setSelected(campaign.id);
        setMessage({
          severity: "success",
          text: `Started “${campaign.name}”: ${plural(campaign.lines.length, "line")} on ${plural(campaign.itwins.length, "iTwin")} to review.`,
        });
      } catch (error) {
        setMessage({
          severity: "error",
          text: `The review could not be ${starting.refresh ? "refreshed" : "started"}: ${error instanceof Error ? error.message : String(error)}`,
        });
      } finally {
        building.current = false;
        setStarting(null);
      }
    })();
  }, [starting, fresh, index, owner.organization, reviewer, reviews]);

  const onImport = async (file: File) => {
    const result = importReview(await file.text(), owner.organization);
    if (!result.ok) {
      setMessage({ severity: "error", text: result.error });
      return;
    }
    const replaced = headers.some((h) => h.id === result.review.campaign.id);
    await reviews.add(result.review);
    setSelected(result.review.campaign.id);
    setMessage({
      severity: "success",
      text: `Imported “${result.review.campaign.name}”, exported by ${result.exportedBy.name} on ${new Date(result.exportedAt).toLocaleString()}: ${result.review.decisions.size.toLocaleString("en")} of ${plural(result.review.campaign.lines.length, "line")} decided${replaced ? " (it replaces the copy this browser had)" : ""}.`,
    });
  };

  const current = reviews.current && reviews.current.campaign.id === chosen ? reviews.current : null;

  return (
    <Box>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Access review file to import"
        data-testid="review-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void onImport(file);
        }}
      />
      {message ? (
        <Alert severity={message.severity} onClose={() => setMessage(null)} sx={{ mb: 2 }} data-testid="review-message">
          {message.text}
        </Alert>
      ) : null}
      {reviews.saveError ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          Decisions could not be saved in this browser: {reviews.saveError}. They are on screen; export the review to keep them.
        </Alert>
      ) : null}
      {starting ? (
        <Box role="status" sx={{ mb: 2 }} data-testid="review-starting">
          <Typography>
            {starting.refresh ? "Refreshing" : "Starting"} “<ServerName name={starting.name} />
            ”: reading {plural(starting.iTwinIds.length, "iTwin")} again, {fresh} of {starting.iTwinIds.length} read…
          </Typography>
          <LinearProgress
            variant="determinate"
            value={(100 * fresh) / Math.max(1, starting.iTwinIds.length)}
            aria-label="iTwins read for the review"
            sx={{ mt: 1 }}
          />
        </Box>
      ) : null}
      <Stack direction={{ xs: "column", lg: "row" }} spacing={3} sx={{ alignItems: "flex-start" }}>
        {loaded ? (
          <CampaignList
            campaigns={headers}
            selected={chosen}
            onSelect={setSelected}
            onStart={() => setDialog(true)}
            onImport={() => fileInput.current?.click()}
          />
        ) : (
          <Typography role="status">Opening the access reviews…</Typography>
        )}
        {current ? (
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <ReviewScreen
              campaign={current.campaign}
              decisions={current.decisions}
              results={current.results}
              reviewer={reviewer}
              onDecisions={reviews.setDecisions}
              hintSettings={
                current.campaign.applications.length === 0 ? (
                  <HintSettingsButton
                    campaign={current.campaign}
                    disabled={!!starting}
                    onSave={async (settings) => {
                      await reviews.update(withSettings(current.campaign, settings));
                      setMessage({ severity: "success", text: "Hint settings changed: every line's hints were worked out again." });
                    }}
                  />
                ) : null
              }
              actions={
                <>
                  {/* Not once applied: the evidence must keep what was decided on. */}
                  {current.campaign.applications.length === 0 ? (
                    <Button
                      size="small"
                      disabled={!!starting}
                      onClick={() => {
                        const c = current.campaign;
                        const iTwinIds = scopedITwins(index.itwins, c.scope).map((t) => t.id);
                        setMessage(null);
                        setStarting({ id: c.id, name: c.name, scope: c.scope, iTwinIds, startedAt: Date.now(), refresh: true });
                        refresh(iTwinIds);
                      }}
                    >
                      Refresh from the index
                    </Button>
                  ) : null}
                  <Button
                    size="small"
                    onClick={() => downloadFile(reviewFileName(current), exportReview(current, reviewer), "application/json")}
                  >
                    Export review file
                  </Button>
                  <Button size="small" color="inherit" onClick={() => setDeleting(true)}>
                    Delete review
                  </Button>
                </>
              }
            >
              <ReviewApply review={current} plans={plans} makePlan={makePlan} onCampaign={reviews.update} onResults={reviews.setResults} />
              <Box sx={{ mt: 2 }}>
                <EvidenceButtons review={current} />
              </Box>
            </ReviewScreen>
          </Box>
        ) : null}
      </Stack>
      <NewCampaignDialog
        open={dialog}
        itwins={index.itwins}
        suggestedDomains={suggestedDomains}
        onCancel={() => setDialog(false)}
        onStart={(request) => {
          setDialog(false);
          setMessage(null);
          setStarting({ id: crypto.randomUUID(), ...request, startedAt: Date.now() });
          refresh(request.iTwinIds);
        }}
      />
      <ConfirmDialog
        open={deleting}
        title="Delete this review?"
        confirmLabel="Delete review"
        destructive
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          if (current) void reviews.remove(current.campaign.id);
        }}
      >
        The review, its decisions and its results are removed from this browser. Export it first to keep the evidence. Changes already
        applied stay applied.
      </ConfirmDialog>
    </Box>
  );
}
