// Access reviews in IndexedDB (Dexie), one database per signed-in user and organization like the
// index and the plans beside it, deleted on sign-out. A campaign's header (a small row, listed
// without its lines) is kept apart from its lines (one JSON string of their compact form, line-store.ts:
// a hundred thousand lines read back in one short parse); decisions and results are a row per line, so
// one decision is one small write.
// Everything is validated when read back: a record of another shape is skipped, not trusted.
import Dexie, { type EntityTable } from "dexie";
import { z } from "zod";
import { Campaign, Decision, LineResult, ReviewLine, type Review } from "./campaign";
import type { Decisions } from "./decisions";
import { sharedRoles } from "./compact";
import { decodeLines, encodeLines } from "./line-store";

const PREFIX = "itwin-access-org-reviews";

/** A campaign without its lines, and how many it has. */
export type CampaignHeader = Omit<Campaign, "lines"> & { lineCount: number };

interface HeaderRow {
  id: string;
  createdAt: number;
  header: unknown;
}
interface LinesRow {
  id: string;
  json: string;
}
interface DecisionRow {
  campaignId: string;
  lineId: string;
  decision: unknown;
}
interface ResultRow {
  campaignId: string;
  lineId: string;
  result: unknown;
}

export type ReviewDb = Dexie & {
  campaigns: EntityTable<HeaderRow, "id">;
  lines: EntityTable<LinesRow, "id">;
  decisions: EntityTable<DecisionRow, "campaignId">;
  results: EntityTable<ResultRow, "campaignId">;
};

export function reviewDbName(userId: string, organizationId: string): string {
  return `${PREFIX}:${userId}:${organizationId}`;
}

export function openReviewDb(userId: string, organizationId: string): ReviewDb {
  const db = new Dexie(reviewDbName(userId, organizationId)) as ReviewDb;
  db.version(1).stores({
    campaigns: "id, createdAt",
    lines: "id",
    decisions: "[campaignId+lineId], campaignId",
    results: "[campaignId+lineId], campaignId",
  });
  return db;
}

const HeaderSchema = Campaign.omit({ lines: true }).extend({ lineCount: z.number().int() });
const Lines = ReviewLine.array();

function headerOf(campaign: Campaign): CampaignHeader {
  const { lines, ...header } = campaign;
  return { ...header, lineCount: lines.length };
}

/** Stores the campaign (header and lines); its decisions and results are left as they are. */
export async function saveCampaign(db: ReviewDb, campaign: Campaign): Promise<void> {
  await db.transaction("rw", db.campaigns, db.lines, async () => {
    await db.campaigns.put({ id: campaign.id, createdAt: campaign.createdAt, header: headerOf(campaign) });
    await db.lines.put({ id: campaign.id, json: JSON.stringify(encodeLines(campaign.lines)) });
  });
}

/** Every stored campaign without its lines, newest first, with how many lines are decided. */
export async function listCampaigns(db: ReviewDb): Promise<(CampaignHeader & { decided: number })[]> {
  const rows = await db.campaigns.orderBy("createdAt").reverse().toArray();
  const out: (CampaignHeader & { decided: number })[] = [];
  for (const row of rows) {
    const parsed = HeaderSchema.safeParse(row.header);
    if (!parsed.success) continue;
    out.push({ ...parsed.data, decided: await db.decisions.where("campaignId").equals(row.id).count() });
  }
  return out;
}

/** Stored lines in their compact form, or (stored by an earlier version) as a plain array of lines. */
function linesOf(json: string): ReviewLine[] | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return decodeLines(value);
  const parsed = Lines.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A campaign with its decisions and results, or null when it is missing or no longer of the expected shape. */
export async function readReview(db: ReviewDb, id: string): Promise<Review | null> {
  const [row, lines, decisionRows, resultRows] = await Promise.all([
    db.campaigns.get(id),
    db.lines.get(id),
    db.decisions.where("campaignId").equals(id).toArray(),
    db.results.where("campaignId").equals(id).toArray(),
  ]);
  if (!row || !lines) return null;
  const header = HeaderSchema.safeParse(row.header);
  if (!header.success) return null;
  const parsedLines = linesOf(lines.json);
  if (!parsedLines) return null;
  const { lineCount: _count, ...rest } = header.data;
  const campaign: Campaign = { ...rest, itwins: sharedRoles(rest.itwins), lines: parsedLines };
  const decisions = new Map<string, Decision>();
  for (const r of decisionRows) {
    const d = Decision.safeParse(r.decision);
    if (d.success) decisions.set(r.lineId, d.data);
  }
  const results = new Map<string, LineResult>();
  for (const r of resultRows) {
    const d = LineResult.safeParse(r.result);
    if (d.success) results.set(r.lineId, d.data);
  }
  return { campaign, decisions, results };
}

/**
 * Writes what changed from `before` to `after` (decisions put, undone ones deleted). Unchanged
 * decisions are the same objects in both maps, so the difference is found in one pass.
 */
export async function syncDecisions(db: ReviewDb, campaignId: string, before: Decisions, after: Decisions): Promise<void> {
  const put: DecisionRow[] = [];
  const gone: [string, string][] = [];
  for (const [lineId, d] of after) if (before.get(lineId) !== d) put.push({ campaignId, lineId, decision: d });
  for (const lineId of before.keys()) if (!after.has(lineId)) gone.push([campaignId, lineId]);
  if (put.length === 0 && gone.length === 0) return;
  await db.transaction("rw", db.decisions, async () => {
    if (put.length) await db.decisions.bulkPut(put);
    if (gone.length) await db.decisions.bulkDelete(gone as never[]);
  });
}

/** The campaign's decisions replaced by these (after a refresh or an import). */
export async function replaceDecisions(db: ReviewDb, campaignId: string, decisions: Decisions): Promise<void> {
  await db.transaction("rw", db.decisions, async () => {
    await db.decisions.where("campaignId").equals(campaignId).delete();
    await db.decisions.bulkPut([...decisions].map(([lineId, decision]) => ({ campaignId, lineId, decision })));
  });
}

export async function saveResults(db: ReviewDb, campaignId: string, results: Iterable<LineResult>): Promise<void> {
  await db.results.bulkPut([...results].map((result) => ({ campaignId, lineId: result.lineId, result })));
}

/** A whole review stored at once (a new campaign, or one imported from a file), replacing any of the same id. */
export async function saveReview(db: ReviewDb, review: Review): Promise<void> {
  await db.transaction("rw", [db.campaigns, db.lines, db.decisions, db.results], async () => {
    await deleteReview(db, review.campaign.id);
    await saveCampaign(db, review.campaign);
    await replaceDecisions(db, review.campaign.id, review.decisions);
    await saveResults(db, review.campaign.id, review.results.values());
  });
}

export async function deleteReview(db: ReviewDb, id: string): Promise<void> {
  await db.transaction("rw", [db.campaigns, db.lines, db.decisions, db.results], async () => {
    await db.campaigns.delete(id);
    await db.lines.delete(id);
    await db.decisions.where("campaignId").equals(id).delete();
    await db.results.where("campaignId").equals(id).delete();
  });
}

/** Deletes every review store of this browser (sign-out), whoever made it. */
export async function clearReviewStores(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => Dexie.delete(n)));
}
