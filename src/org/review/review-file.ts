// A review as a file: exported so another administrator of the same organization can import it and
// go on (their decisions then carry their own name). Validated on the way in; a file of another
// organization is refused, so one organization's grants never mix into another's reviews.
import { z } from "zod";
import { Campaign, Decision, LineResult, type Review, type Reviewer } from "./campaign";
import { compactCampaign } from "./compact";

export const REVIEW_FILE_FORMAT = "itwin-access-review";

const ReviewFile = z.object({
  format: z.literal(REVIEW_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  exportedBy: z.object({ id: z.string(), name: z.string() }),
  campaign: Campaign,
  decisions: z.array(Decision),
  results: z.array(LineResult),
});
type ReviewFile = z.infer<typeof ReviewFile>;

/** The file's name: the campaign's, made safe for a file system. */
export function reviewFileName(review: Review): string {
  const slug = review.campaign.name.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "review";
  return `${slug}.review.json`;
}

export function exportReview(review: Review, by: Reviewer, now = Date.now()): string {
  const file: ReviewFile = {
    format: REVIEW_FILE_FORMAT,
    version: 1,
    exportedAt: now,
    exportedBy: by,
    campaign: review.campaign,
    decisions: [...review.decisions.values()],
    results: [...review.results.values()],
  };
  return JSON.stringify(file);
}

export type ImportResult = { ok: true; review: Review; exportedBy: Reviewer; exportedAt: number } | { ok: false; error: string };

/** The review in this file, when it is one and belongs to this organization; otherwise why not, in words. */
export function importReview(text: string, organizationId: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "This file is not an access review: it is not JSON." };
  }
  if (typeof value !== "object" || value === null || (value as { format?: unknown }).format !== REVIEW_FILE_FORMAT)
    return { ok: false, error: "This file is not an access review exported from this console." };
  const parsed = ReviewFile.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (at ${first.path.join(".")})` : "";
    return { ok: false, error: `This access review file is damaged or of another version${where}: ${first?.message ?? "invalid"}.` };
  }
  const file = parsed.data;
  if (file.campaign.organizationId !== organizationId)
    return {
      ok: false,
      error: `This review belongs to another organization (${file.campaign.organizationId}): it can only be imported by an administrator of that organization.`,
    };
  const lineIds = new Set(file.campaign.lines.map((l) => l.id));
  const stray = [...file.decisions, ...file.results].find((d) => !lineIds.has(d.lineId));
  if (stray) return { ok: false, error: `This access review file is damaged: it decides on a line it does not have (${stray.lineId}).` };
  return {
    ok: true,
    review: {
      campaign: compactCampaign(file.campaign),
      decisions: new Map(file.decisions.map((d) => [d.lineId, d])),
      results: new Map(file.results.map((r) => [r.lineId, r])),
    },
    exportedBy: file.exportedBy,
    exportedAt: file.exportedAt,
  };
}
