// The review's evidence: what was in scope and when it was read, who reviewed, every line with its
// decision (note, time, who), what applying it did and the server's answer. One table for CSV and
// JSON (the JSON also carries the campaign's facts); the printable page is evidence-html.ts.
import { downloadFile, type CsvCell } from "../../lib/csv";
import { exportTable, jsonRows } from "../../lib/table-export";
import type { Campaign, LineKind, LineOutcome, Review, ReviewScope } from "./campaign";
import { progressOf } from "./decisions";
import { HINT_LABELS } from "./hints";
import { describeTakenAway, openCampaign, takenAway, type ReviewView } from "./view";

export const KIND_LABELS: Record<LineKind, string> = {
  user: "User role",
  group: "Group role",
  owner: "Owner",
  invitation: "Pending invitation",
  share: "Share link",
};

export const OUTCOME_LABELS: Record<LineOutcome, string> = {
  applied: "Applied",
  failed: "Failed",
  unconfirmed: "Not confirmed by the server",
  notApplied: "Not applied",
  changedMeanwhile: "Changed meanwhile: not applied",
};

export const EVIDENCE_HEADER = [
  "iTwin",
  "iTwin id",
  "iTwin read at",
  "Kind",
  "Who or what",
  "E-mail",
  "Role",
  "Hints",
  "Revoking takes away",
  "Decision",
  "Note",
  "Decided at",
  "Decided by",
  "Result",
  "Server's answer",
  "Result at",
  "Line id",
];

export const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? "" : new Date(ms).toISOString());

export function describeScope(scope: ReviewScope, campaign: Pick<Campaign, "itwins" | "lacking">): string {
  const count = campaign.itwins.length + campaign.lacking.length;
  if (scope.kind === "all") return `Every iTwin of the organization (${count})`;
  if (scope.kind === "name") return `iTwins whose name contains “${scope.text}” (${count})`;
  return `${scope.ids.length} chosen iTwin${scope.ids.length === 1 ? "" : "s"}`;
}

/** The evidence table: a row per line of the campaign, in its order; `decidedOnly` leaves undecided lines out. */
export function evidenceTable(
  review: Review,
  options: { decidedOnly?: boolean; view?: ReviewView } = {},
): { header: string[]; rows: CsvCell[][] } {
  const view = options.view ?? openCampaign(review.campaign);
  const rows: CsvCell[][] = [];
  for (const l of review.campaign.lines) {
    const d = review.decisions.get(l.id);
    if (options.decidedOnly && !d) continue;
    const r = review.results.get(l.id);
    const t = view.itwins.get(l.iTwinId);
    rows.push([
      t?.name ?? l.iTwinId,
      l.iTwinId,
      iso(t?.snapshotAt),
      KIND_LABELS[l.kind],
      l.subjectName,
      l.email ?? "",
      l.roleName ?? "",
      l.hints.map((h) => HINT_LABELS[h]).join("; "),
      describeTakenAway(takenAway(view, l)),
      d ? (d.verdict === "keep" ? "Keep" : "Revoke") : "Undecided",
      d?.note ?? "",
      iso(d?.at),
      d?.by.name ?? "",
      r ? OUTCOME_LABELS[r.outcome] : "",
      r?.message ?? "",
      iso(r?.at),
      l.id,
    ]);
  }
  return { header: EVIDENCE_HEADER, rows };
}

/** What the evidence says of the campaign as a whole: the page's and the JSON's summary. */
export function evidenceSummary(review: Review, now = Date.now()) {
  const c = review.campaign;
  const view = openCampaign(c);
  const { overall } = progressOf(view, review.decisions);
  const outcomes: Record<LineOutcome, number> = { applied: 0, failed: 0, unconfirmed: 0, notApplied: 0, changedMeanwhile: 0 };
  for (const r of review.results.values()) outcomes[r.outcome] += 1;
  return {
    campaign: c.name,
    campaignId: c.id,
    organizationId: c.organizationId,
    scope: describeScope(c.scope, c),
    reviewer: c.reviewer.name,
    reviewerId: c.reviewer.id,
    createdAt: iso(c.createdAt),
    snapshotAt: iso(c.snapshotAt),
    reportAt: iso(now),
    domains: c.domains,
    maxOwners: c.maxOwners,
    itwins: c.itwins.length,
    lacking: c.lacking,
    progress: overall,
    outcomes,
    plans: c.applications.map((a) => ({ planId: a.planId, createdAt: iso(a.createdAt), changes: Object.keys(a.changes).length })),
  };
}

export function evidenceJson(review: Review, now = Date.now()): string {
  const { header, rows } = evidenceTable(review);
  return JSON.stringify({ review: evidenceSummary(review, now), lines: jsonRows(header, rows) }, null, 2);
}

export const evidenceBasename = (review: Review) =>
  `access-review-${review.campaign.name.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || review.campaign.id}`;

/** Downloads the evidence as CSV (the table as is) or JSON (the summary and the table). */
export function downloadEvidence(review: Review, format: "csv" | "json", now = Date.now()): void {
  if (format === "json") downloadFile(`${evidenceBasename(review)}.json`, evidenceJson(review, now), "application/json");
  else {
    const { header, rows } = evidenceTable(review);
    exportTable(evidenceBasename(review), header, rows, "csv");
  }
}
