// The signed-in user's access reviews for their organization: listed from IndexedDB (headers only),
// one opened whole, started, decided, imported and deleted. A decision is on screen at once and
// written a moment later (only the lines it changed), so a bulk decision over 100,000 lines never
// waits on the disk, and leaving the page writes what is still waiting.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Campaign, Decision, LineResult, Review } from "../../org/review/campaign";
import {
  deleteReview,
  listCampaigns,
  openReviewDb,
  readReview,
  saveCampaign,
  saveResults,
  saveReview,
  syncDecisions,
  type CampaignHeader,
} from "../../org/review/review-db";
import type { OrgOwner } from "./use-org-index";

const SAVE_AFTER_MS = 300;

export type ReviewHeader = CampaignHeader & { decided: number };

export interface ReviewsState {
  headers: ReviewHeader[];
  loaded: boolean;
  /** The review opened, whole; null while none is (or while it is read). */
  current: Review | null;
  /** Why the last write failed: what is on screen is then not all saved. */
  saveError: string | null;
  open(campaignId: string | null): Promise<void>;
  /** Stores a new or imported review (replacing one of the same id) and opens it. */
  add(review: Review): Promise<void>;
  setDecisions(next: Map<string, Decision>): void;
  update(campaign: Campaign): Promise<void>;
  setResults(results: readonly LineResult[]): Promise<void>;
  remove(campaignId: string): Promise<void>;
}

export function useReviews(owner: OrgOwner | null): ReviewsState {
  const db = useMemo(() => (owner ? openReviewDb(owner.userId, owner.organization) : null), [owner]);
  const [headers, setHeaders] = useState<ReviewHeader[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [current, setCurrentState] = useState<Review | null>(null);
  // What is open, for `open` to keep a review just added instead of reading a second copy of it.
  const opened = useRef<Review | null>(null);
  const setCurrent = useCallback((next: Review | null | ((r: Review | null) => Review | null)) => {
    setCurrentState((r) => (opened.current = typeof next === "function" ? next(r) : next));
  }, []);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The decisions last written for the open review, and the write waiting to go.
  const written = useRef<ReadonlyMap<string, Decision>>(new Map());
  const waiting = useRef<{ campaignId: string; next: ReadonlyMap<string, Decision>; timer: ReturnType<typeof setTimeout> } | null>(null);

  const list = useCallback(async () => {
    if (!db) return;
    setHeaders(await listCampaigns(db));
    setLoaded(true);
  }, [db]);

  const flush = useCallback(async () => {
    const job = waiting.current;
    if (!db || !job) return;
    clearTimeout(job.timer);
    waiting.current = null;
    try {
      await syncDecisions(db, job.campaignId, written.current, job.next);
      written.current = job.next;
      setSaveError(null);
      setHeaders((all) => all.map((h) => (h.id === job.campaignId ? { ...h, decided: job.next.size } : h)));
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  }, [db]);

  useEffect(() => {
    if (!db) return;
    void list();
    const save = () => void flush();
    window.addEventListener("pagehide", save);
    return () => {
      window.removeEventListener("pagehide", save);
      save();
      db.close();
    };
  }, [db, list, flush]);

  const open = useCallback(
    async (campaignId: string | null) => {
      await flush();
      if (!db || !campaignId) {
        setCurrent(null);
        return;
      }
      if (opened.current?.campaign.id === campaignId) return;
      const review = await readReview(db, campaignId);
      written.current = review?.decisions ?? new Map();
      setCurrent(review);
    },
    [db, flush, setCurrent],
  );

  return {
    headers,
    loaded,
    current,
    saveError,
    open,
    add: async (review) => {
      if (!db) return;
      await flush();
      await saveReview(db, review);
      written.current = review.decisions;
      setCurrent(review);
      await list();
    },
    setDecisions: (next) => {
      if (!current) return;
      const campaignId = current.campaign.id;
      setCurrent((r) => (r && r.campaign.id === campaignId ? { ...r, decisions: next } : r));
      if (waiting.current) clearTimeout(waiting.current.timer);
      waiting.current = { campaignId, next, timer: setTimeout(() => void flush(), SAVE_AFTER_MS) };
    },
    update: async (campaign) => {
      if (!db) return;
      await saveCampaign(db, campaign);
      setCurrent((r) => (r && r.campaign.id === campaign.id ? { ...r, campaign } : r));
      await list();
    },
    setResults: async (results) => {
      if (!db || !current) return;
      const campaignId = current.campaign.id;
      await saveResults(db, campaignId, results);
      setCurrent((r) => {
        if (!r || r.campaign.id !== campaignId) return r;
        const next = new Map(r.results);
        for (const x of results) next.set(x.lineId, x);
        return { ...r, results: next };
      });
    },
    remove: async (campaignId) => {
      if (!db) return;
      if (waiting.current?.campaignId === campaignId) {
        clearTimeout(waiting.current.timer);
        waiting.current = null;
      }
      await deleteReview(db, campaignId);
      if (current?.campaign.id === campaignId) setCurrent(null);
      await list();
    },
  };
}
