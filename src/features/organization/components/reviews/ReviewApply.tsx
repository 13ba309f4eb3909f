// Applying a review: its revocations not yet applied become one plan (kind "review") reviewed in the
// plans' own screen — what each change takes away, only owners kept unless ticked — and applied under
// the request budget; each change's result is written back on the lines it carries, as the server answers.
import { Alert, Box, Button, Stack, Typography } from "@mui/material";
import { useEffect, useMemo, useState } from "react";
import { plural } from "../../../../lib/plural";
import type { Campaign, LineResult, Review } from "../../../../org/review/campaign";
import { lineResults, withApplication, type ReviewPlan } from "../../../../org/review/review-plan";
import type { PlansState } from "../../use-plans";
import { PlanReview } from "../PlanReview";

/** Revoked lines not applied yet (a failed one is sent again by the next plan). */
export function pendingRevocations(review: Review): string[] {
  const out: string[] = [];
  for (const [lineId, d] of review.decisions)
    if (d.verdict === "revoke" && review.results.get(lineId)?.outcome !== "applied") out.push(lineId);
  return out;
}

/** Only the results that differ from those already kept, so an unchanged pass writes nothing. */
export function changedResults(kept: ReadonlyMap<string, LineResult>, fresh: readonly LineResult[]): LineResult[] {
  return fresh.filter((r) => {
    const k = kept.get(r.lineId);
    return !k || k.planId !== r.planId || k.outcome !== r.outcome || k.message !== r.message;
  });
}

export function ReviewApply({
  review,
  plans,
  makePlan,
  onCampaign,
  onResults,
}: {
  review: Review;
  plans: PlansState;
  makePlan: (review: Review) => ReviewPlan;
  onCampaign: (campaign: Campaign) => Promise<void>;
  onResults: (results: LineResult[]) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const pending = useMemo(() => pendingRevocations(review), [review]);
  const application = review.campaign.applications.at(-1) ?? null;
  const stored = application ? (plans.plans.find((s) => s.plan.id === application.planId) ?? null) : null;
  const started = stored?.progress && stored.progress.status !== "draft";
  const undecided = review.campaign.lines.length - review.decisions.size;

  // Results follow the plan's progress (also after a reload, from the stored progress).
  useEffect(() => {
    if (!stored?.progress) return;
    const fresh = changedResults(review.results, lineResults(review.campaign, stored.plan, stored.progress));
    if (fresh.length) void onResults(fresh);
  }, [stored, review.campaign, review.results, onResults]);

  const make = async () => {
    setError(null);
    try {
      const made = makePlan(review);
      await plans.create(made.plan);
      await onCampaign(withApplication(review.campaign, made));
      // Lines no change can carry say why on the line, before anything is sent.
      const at = made.plan.createdAt;
      if (made.unsendable.length)
        await onResults(
          made.unsendable.map((u) => ({ lineId: u.lineId, planId: made.plan.id, outcome: "notApplied", message: u.reason, at })),
        );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  // A plan made but not applied yet is replaced when more revocations are decided: it is deleted first.
  const remake = async () => {
    if (!application) return;
    await plans.remove(application.planId);
    await onCampaign({ ...review.campaign, applications: review.campaign.applications.slice(0, -1) });
  };
  const planLines = application ? new Set(Object.values(application.changes).flat()) : new Set<string>();
  const outside = pending.filter((id) => !planLines.has(id)).length;

  return (
    <Box component="section" aria-label="Apply the review">
      <Typography variant="subtitle1" component="h4">
        Apply
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ my: 1 }}>
          The plan could not be made: {error}
        </Alert>
      ) : null}
      {!application || (started && outside > 0) ? (
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap", my: 1 }}>
          <Typography data-testid="review-apply-summary">
            {pending.length
              ? `${plural(pending.length, "revocation")} to apply${undecided ? ` (${plural(undecided, "line")} still undecided: they stay as they are)` : ""}.`
              : "No revocation decided yet."}
          </Typography>
          <Button variant="contained" disabled={pending.length === 0} onClick={() => void make()}>
            Review {plural(pending.length, "revocation")} as a plan
          </Button>
        </Stack>
      ) : null}
      {application && !stored && plans.loaded ? (
        <Alert severity="info" sx={{ my: 1 }}>
          The plan this review was applied with is not in this browser (the review was imported, or the plan deleted): the results on the
          lines are what it reported.
        </Alert>
      ) : null}
      {application && stored && !started && outside > 0 ? (
        <Alert
          severity="info"
          sx={{ my: 1 }}
          action={
            <Button color="inherit" onClick={() => void remake()}>
              Make it again
            </Button>
          }
        >
          {plural(outside, "revocation")} decided after this plan was made {outside === 1 ? "is" : "are"} not in it.
        </Alert>
      ) : null}
      {stored ? (
        <PlanReview
          plan={stored.plan}
          progress={stored.progress}
          running={plans.running.has(stored.plan.id)}
          error={plans.errors[stored.plan.id]}
          onChoose={(changeId, chosen) => void plans.choose(stored.plan.id, changeId, chosen)}
          onApply={() => void plans.apply(stored.plan.id)}
          onRetry={() => void plans.retry(stored.plan.id)}
          onDelete={() => void (started ? plans.remove(stored.plan.id) : remake())}
        />
      ) : null}
    </Box>
  );
}
