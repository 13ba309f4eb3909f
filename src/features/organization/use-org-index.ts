// The organization index of the signed-in user: one crawler per user and organization, started (or
// resumed from IndexedDB) when the page opens, and the stored snapshots re-read whenever it reports.
import { useEffect, useMemo, useRef, useState } from "react";
import { useMsal } from "@azure/msal-react";
import { useApiClient } from "../../api/client-context";
import { useMe } from "../../api/queries/me";
import { useExternalStore } from "../../lib/external-store";
import { requestBudget } from "../../org/budget";
import { CONCURRENCY, createCrawler, type Crawler, type CrawlProgress } from "../../org/crawler";
import { createPacer, type Pacer } from "../../org/pacer";
import { openOrgDb, readMeta, readSnapshots, type OrgDb } from "../../org/org-db";
import type { OrgIndex } from "../../org/index-queries";

export interface OrgIndexState {
  crawler: Crawler | null;
  /** The request budget's pacer, shared by the crawl and by applying plans. */
  pacer: Pacer | null;
  owner: OrgOwner | null;
  progress: CrawlProgress | null;
  index: OrgIndex;
  /** The index has been read from IndexedDB at least once. */
  loaded: boolean;
}

const READ_EVERY_MS = 1000;
/** A re-read during the crawl waits this many times as long as the last one took. */
const READ_SPACING = 4;
const EMPTY: OrgIndex = { itwins: [], account: null };

/** Whose organization data this is: the signed-in user and their organization. */
export interface OrgOwner {
  userId: string;
  organization: string;
}

export function useOrgIndex(): OrgIndexState {
  const client = useApiClient();
  const me = useMe();
  const { instance, accounts } = useMsal();
  const account = instance.getActiveAccount() ?? accounts[0];
  const userId = me.data?.id ?? account?.localAccountId ?? null;
  const organization = me.data?.organizationName ?? account?.tenantId ?? null;
  const budget = useExternalStore(requestBudget);

  const parts = useMemo(() => {
    if (!userId || !organization) return null;
    const db = openOrgDb(userId, organization);
    const pacer = createPacer({ perMinute: requestBudget.getSnapshot(), concurrency: CONCURRENCY });
    return {
      db,
      pacer,
      owner: { userId, organization },
      crawler: createCrawler({ client, db, perMinute: requestBudget.getSnapshot(), pacer }),
    };
  }, [client, userId, organization]);

  useEffect(() => {
    if (!parts) return;
    void parts.crawler.start();
    return () => {
      parts.crawler.dispose();
      parts.db.close();
    };
  }, [parts]);
  useEffect(() => parts?.crawler.setBudget(budget), [parts, budget]);

  const [progress, setProgress] = useState<CrawlProgress | null>(null);
  useEffect(() => {
    if (!parts) return;
    setProgress(parts.crawler.progress.getSnapshot());
    return parts.crawler.progress.subscribe(() => setProgress(parts.crawler.progress.getSnapshot()));
  }, [parts]);

  const [index, setIndex] = useState<{ value: OrgIndex; loaded: boolean }>({ value: EMPTY, loaded: false });
  const version = progress?.version ?? 0;
  // During a long crawl every finished iTwin bumps the version: the stored index is re-read at most
  // once a second (at once when the crawl stops), not once per iTwin; and as it grows, a read taking
  // longer is spaced further from the next, so the page keeps most of its time for the crawl and the user.
  const lastRead = useRef({ end: 0, took: 0 });
  const settled = progress?.phase !== "crawling" && progress?.phase !== "listing";
  useEffect(() => {
    if (!parts) return;
    let live = true;
    const { end, took } = lastRead.current;
    const delay = settled ? 0 : Math.max(0, end + Math.max(READ_EVERY_MS, READ_SPACING * took) - Date.now());
    const timer = setTimeout(() => {
      const start = Date.now();
      void readIndex(parts.db).then((value) => {
        lastRead.current = { end: Date.now(), took: Date.now() - start };
        if (live) setIndex({ value, loaded: true });
      });
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [parts, version, settled]);

  return {
    crawler: parts?.crawler ?? null,
    pacer: parts?.pacer ?? null,
    owner: parts?.owner ?? null,
    progress,
    index: index.value,
    loaded: index.loaded,
  };
}

async function readIndex(db: OrgDb): Promise<OrgIndex> {
  const [itwins, meta] = await Promise.all([readSnapshots(db), readMeta(db)]);
  itwins.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { itwins, account: meta.account };
}
