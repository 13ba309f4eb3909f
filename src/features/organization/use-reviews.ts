// The signed-in user's access reviews for their organization: read from IndexedDB, started, decided
// and handed on. A decision is on screen at once and written a moment later (only the lines it
// changed), so a bulk decision over 100,000 lines never waits on the disk and a reload keeps it.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Campaign, Decision, LineResult } from "../../org/review/campaign";
import {
  deleteReview,
  listReviews,
  openReviewDb,
  putDecisions,
  putResults,
  saveCampaign,
  type ReviewDb,
  type StoredReview,
} from "../../org/review/review-db";
import type { OrgOwner } from "./use-org-index";

const SAVE_AFTER_MS = 300;

export interface ReviewsState {
  reviews: StoredReview[];
  loaded: boolean;
  /** Why the last write failed, when it did: the decisions on screen are not all saved. */
  saveError: string | null;
  create(campaign: Campaign, decisions?: ReadonlyMap<string, Decision>, results?: ReadonlyMap<string, LineResult>): Promise<void>;
  setDecisions(campaignId: string, next: Map<string, Decision>): void;
  update(campaign: Campaign): Promise<void>;
  setResults(campaignId: string, results: readonly LineResult[]): Promise<void>;
  remove(campaignId: string): Promise<void>;
}

/** What changed between two decision maps: the entries replaced or added, and the lines undecided. */
export function decisionChanges(before: ReadonlyMap<string, Decision>, after: ReadonlyMap<string, Decision>) {
  const put: Decision[] = [];
  const removed: string[] = [];
  for (const [id, d] of after) if (before.get(id) !== d) put.push(d);
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  return { put, removed };
}

export function useReviews(owner: OrgOwner | null): ReviewsState {
  const db = useMemo(() => (owner ? openReviewDb(owner.userId, owner.organization) : null), [owner]);
  const [reviews, setReviews] = useState<StoredReview[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  // Per review: the decisions last written, and a timer for the next write.
  const written = useRef(new Map<string, ReadonlyMap<string, Decision>>());
  const pending = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; next: Map<string, Decision> }>());

  const reload = useCallback(async (which: ReviewDb) => {
    const all = await listReviews(which);
    for (const r of all) written.current.set(r.campaign.id, r.decisions);
    setReviews(all);
    setLoaded(true);
  }, []);

  const flush = useCallback(
    async (campaignId: string) => {
      const job = pending.current.get(campaignId);
      if (!db || !job) return;
      clearTimeout(job.timer);
      pending.current.delete(campaignId);
      const { put, removed } = decisionChanges(written.current.get(campaignId) ?? new Map(), job.next);
      try {
        await putDecisions(db, campaignId, put, removed);
        written.current.set(campaignId, job.next);
        setSaveError(null);
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    },
    [db],
  );

  useEffect(() => {
    if (!db) return;
    void reload(db);
    const jobs = pending.current;
    const save = () => jobs.forEach((_job, id) => void flush(id));
    // Leaving the page writes what is still waiting (IndexedDB finishes a write begun before unload).
    window.addEventListener("pagehide", save);
    return () => {
      window.removeEventListener("pagehide", save);
      save();
      db.close();
    };
  }, [db, reload, flush]);

  return {
    reviews,
    loaded,
    saveError,
    create: async (campaign, decisions = new Map(), results = new Map()) => {
      if (!db) return;
      await saveCampaign(db, campaign);
      await putDecisions(db, campaign.id, [...decisions.values()], []);
      await putResults(db, campaign.id, [...results.values()]);
      await reload(db);
    },
    setDecisions: (campaignId, next) => {
      setReviews((all) => all.map((r) => (r.campaign.id === campaignId ? { ...r, decisions: next } : r)));
      const job = pending.current.get(campaignId);
      if (job) clearTimeout(job.timer);
      pending.current.set(campaignId, { next, timer: setTimeout(() => void flush(campaignId), SAVE_AFTER_MS) });
    },
    update: async (campaign) => {
      if (!db) return;
      await saveCampaign(db, campaign);
      setReviews((all) => all.map((r) => (r.campaign.id === campaign.id ? { ...r, campaign } : r)));
    },
    setResults: async (campaignId, results) => {
      if (!db) return;
      await putResults(db, campaignId, results);
      setReviews((all) =>
        all.map((r) => {
          if (r.campaign.id !== campaignId) return r;
          const next = new Map(r.results);
          for (const x of results) next.set(x.lineId, x);
          return { ...r, results: next };
        }),
      );
    },
    remove: async (campaignId) => {
      if (!db) return;
      const job = pending.current.get(campaignId);
      if (job) clearTimeout(job.timer);
      pending.current.delete(campaignId);
      await deleteReview(db, campaignId);
      await reload(db);
    },
  };
}
