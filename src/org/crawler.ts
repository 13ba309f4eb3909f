// The organization crawl: lists every iTwin of the organization (organization-admin scope, $top/$skip),
// reads the Account iTwin, then each iTwin's facts, paced by the request budget with a few requests in
// flight. Each iTwin's snapshot is written to IndexedDB as it completes, so a reload resumes with the
// iTwins still pending and never asks again for one already in. Framework-free; the page subscribes.
import type { HttpClient } from "../api/http-client";
import { isApiError } from "../api/api-error";
import { payloadOf } from "../api/operations/define";
import { iTwinOperations } from "../api/operations/itwins";
import { queryScopeHeaders } from "../api/query-scope";
import { createExternalStore, type ReadableStore } from "../lib/external-store";
import { putSnapshot, putSnapshots, readMeta, type CrawlMeta, type OrgDb, type StoredITwin } from "./org-db";
import { fetchAccountFacts, fetchITwinFacts } from "./fetch-facts";
import { createPacer, type Pacer } from "./pacer";
import { pacedClient } from "./paced-client";
import { pendingSnapshot, type AccountSnapshot, type ITwinSnapshot } from "./snapshot";

export const ITWINS_PAGE = 100;
/** iTwins read at the same time: with their requests one after another, this many in flight at most. */
export const CONCURRENCY = 3;

export type CrawlPhase = "idle" | "listing" | "crawling" | "paused" | "done" | "cancelled" | "error";

export interface CrawlProgress {
  phase: CrawlPhase;
  total: number;
  finished: number;
  failed: number;
  noAccess: number;
  requests: number;
  /** Estimated ms left at the current pace; null before anything finished. */
  etaMs: number | null;
  error: string | null;
  /** Bumped whenever the stored index changed (and only then), so views re-read it. */
  version: number;
}

const initial: CrawlProgress = {
  phase: "idle",
  total: 0,
  finished: 0,
  failed: 0,
  noAccess: 0,
  requests: 0,
  etaMs: null,
  error: null,
  version: 0,
};

export interface Crawler {
  progress: ReadableStore<CrawlProgress>;
  /** Starts, or resumes after a reload: only iTwins not yet in are read. */
  start(): Promise<void>;
  pause(): void;
  resume(): void;
  cancel(): void;
  /** Reads these iTwins again (failed ones, one on demand, or every one); the Account iTwin's id, or all, reads it again too. */
  refresh(ids: string[] | "all"): Promise<void>;
  setBudget(perMinute: number): void;
  dispose(): void;
}

export function createCrawler(deps: { client: HttpClient; db: OrgDb; perMinute: number; now?: () => number; pacer?: Pacer }): Crawler {
  const now = deps.now ?? Date.now;
  const pacer = deps.pacer ?? createPacer({ perMinute: deps.perMinute, concurrency: CONCURRENCY, now });
  const store = createExternalStore<CrawlProgress>(initial);
  let requests = 0;
  const client = pacedClient(deps.client, pacer, () => {
    requests += 1;
  });
  let controller = new AbortController();
  let paused = false;
  let resumeWaiters: (() => void)[] = [];
  let running: Promise<void> | null = null;
  let runStartedAt = 0;
  let runFinished = 0;

  const patch = (p: Partial<CrawlProgress>) => store.set({ ...store.getSnapshot(), requests, ...p });

  // Counted on the state index, not by reading the snapshots: a thousand iTwins of hundreds of members
  // each would otherwise be read back after every one that finishes. `changed`: something was written
  // since the last count (a reload that finds every iTwin in writes nothing, and views read it once).
  async function recount(extra: Partial<CrawlProgress> = {}, changed = true) {
    const count = (s: ITwinSnapshot["state"]) => deps.db.itwins.where("state").equals(s).count();
    const [total, done, noAccess, failed] = await Promise.all([deps.db.itwins.count(), count("done"), count("noAccess"), count("failed")]);
    const finished = done + noAccess;
    const left = total - finished - failed;
    const elapsed = now() - runStartedAt;
    const etaMs = runFinished > 0 ? Math.round((elapsed / runFinished) * left) : null;
    const current = store.getSnapshot();
    patch({
      total,
      finished,
      failed,
      noAccess,
      etaMs,
      version: current.version + (changed ? 1 : 0),
      ...extra,
    });
  }

  /** The Account iTwin's roles, groups and members read again (after a plan changed them, or a refresh of all). */
  async function rereadAccount(account: AccountSnapshot, signal: AbortSignal) {
    const fresh = await fetchAccountFacts(client, { id: account.id, displayName: account.displayName }, signal, now);
    if (signal.aborted) return;
    await deps.db.transaction("rw", deps.db.meta, async () => {
      const meta = await readMeta(deps.db);
      const next: CrawlMeta = { ...meta, account: fresh };
      await deps.db.meta.put(next);
      // The people directory lists the Account iTwin's members too.
      await deps.db.meta.delete("people");
    });
  }

  async function listITwins(signal: AbortSignal, rereadingAccount: boolean) {
    const meta = await readMeta(deps.db);
    if (meta.listed) {
      // An index kept before the Account iTwin's own members were read has none: they are read once.
      if (meta.account && (rereadingAccount || !Array.isArray((meta.account as Partial<AccountSnapshot>).users))) {
        await rereadAccount(meta.account, signal);
        return true;
      }
      return false;
    }
    patch({ phase: "listing" });
    const seen: { id: string; displayName: string; number: string | null; class: string | null }[] = [];
    for (let skip = 0; ; skip += ITWINS_PAGE) {
      const answer = await client.request(
        iTwinOperations.listITwins,
        {},
        { query: { $top: ITWINS_PAGE, $skip: skip }, headers: queryScopeHeaders("organization"), signal },
      );
      const page = payloadOf(iTwinOperations.listITwins, answer);
      seen.push(...page.map((t) => ({ id: t.id, displayName: t.displayName, number: t.number ?? null, class: t.class ?? null })));
      if (page.length < ITWINS_PAGE) break;
    }
    const accountRow = seen.find((t) => t.class === "Account");
    const account = accountRow ? await fetchAccountFacts(client, accountRow, signal, now) : null;
    const existing = new Set(await deps.db.itwins.toCollection().primaryKeys());
    const fresh = seen
      .filter((t) => t.class !== "Account" && !existing.has(t.id))
      .map((t) => pendingSnapshot(t.id, t.displayName, t.number));
    await deps.db.transaction("rw", deps.db.itwins, deps.db.facts, deps.db.meta, async () => {
      await putSnapshots(deps.db, fresh);
      const meta: CrawlMeta = { key: "crawl", listed: true, listedAt: now(), account };
      await deps.db.meta.put(meta);
    });
    return true;
  }

  async function waitWhilePaused() {
    while (paused) await new Promise<void>((resolve) => resumeWaiters.push(resolve));
  }

  async function crawlOne(row: StoredITwin, signal: AbortSignal) {
    try {
      const snapshot = await fetchITwinFacts(client, row, signal, now);
      if (signal.aborted) return;
      await putSnapshot(deps.db, snapshot);
    } catch (error) {
      if (signal.aborted) return;
      const message = isApiError(error) ? `${error.status || error.kind}: ${error.message}` : String(error);
      // The facts of an earlier crawl stay, but the iTwin counts as lacking until it is read again.
      await deps.db.itwins.update(row.id, { state: "failed", error: message });
    }
    runFinished += 1;
    await recount();
  }

  async function run(ids?: Set<string>, rereadingAccount = false) {
    const signal = controller.signal;
    runStartedAt = now();
    runFinished = 0;
    try {
      // A refresh has just marked its iTwins pending: that is a change too.
      const wrote = (await listITwins(signal, rereadingAccount)) || ids !== undefined || rereadingAccount;
      const queue = (await deps.db.itwins.where("state").equals("pending").toArray()).filter((t) => !ids || ids.has(t.id));
      // Nothing left to read (a reload of a finished index): done at once, without a crawling phase between.
      if (queue.length === 0 && !signal.aborted) return await recount({ phase: "done", etaMs: 0, error: null }, wrote);
      await recount({ phase: paused ? "paused" : "crawling", error: null }, wrote);
      const worker = async () => {
        for (;;) {
          await waitWhilePaused();
          if (signal.aborted) return;
          const row = queue.shift();
          if (!row) return;
          await crawlOne(row, signal);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      if (!signal.aborted) await recount({ phase: "done", etaMs: 0 }, false);
    } catch (error) {
      if (signal.aborted) return;
      patch({ phase: "error", error: isApiError(error) ? error.message : String(error) });
    }
  }

  function launch(ids?: Set<string>, rereadingAccount = false): Promise<void> {
    if (running) return running;
    running = run(ids, rereadingAccount).finally(() => {
      running = null;
    });
    return running;
  }

  return {
    progress: store,
    start: async () => {
      await recount({}, false);
      return launch();
    },
    pause: () => {
      paused = true;
      patch({ phase: "paused" });
    },
    resume: () => {
      paused = false;
      const waiters = resumeWaiters;
      resumeWaiters = [];
      waiters.forEach((w) => w());
      // A cancelled run may still be winding down: the new one starts once it has.
      if (store.getSnapshot().phase === "cancelled") void (running ?? Promise.resolve()).then(() => launch());
      else if (running) patch({ phase: "crawling" });
      else void launch();
    },
    cancel: () => {
      controller.abort(new DOMException("The crawl was cancelled.", "AbortError"));
      controller = new AbortController();
      paused = false;
      resumeWaiters.splice(0).forEach((w) => w());
      patch({ phase: "cancelled", etaMs: null });
    },
    refresh: async (ids) => {
      await running;
      const chosen = ids === "all" ? deps.db.itwins.toCollection() : deps.db.itwins.where("id").anyOf(ids);
      await chosen.modify({ state: "pending" });
      const { account } = await readMeta(deps.db);
      const withAccount = ids === "all" || (account !== null && ids.includes(account.id));
      return launch(ids === "all" ? undefined : new Set(ids), withAccount);
    },
    setBudget: (perMinute) => pacer.setBudget(perMinute),
    dispose: () => controller.abort(new DOMException("Closed.", "AbortError")),
  };
}
