// The organization index of the signed-in user: one crawler per user and organization, started (or
// resumed from IndexedDB) when the page opens, and the stored index re-read whenever it reports: the
// small rows and the people directory first (the page is usable with them), every iTwin's facts after.
import { useEffect, useMemo, useRef, useState } from "react";
import { useMsal } from "@azure/msal-react";
import { useApiClient } from "../../api/client-context";
import { useMe } from "../../api/queries/me";
import { useExternalStore } from "../../lib/external-store";
import { requestBudget } from "../../org/budget";
import { CONCURRENCY, createCrawler, type Crawler, type CrawlProgress } from "../../org/crawler";
import { createPacer, type Pacer } from "../../org/pacer";
import { createIndexLoader, peopleOf, type IndexLoader, type LightIndex } from "../../org/index-loader";
import { openOrgDb } from "../../org/org-db";
import { peopleIndex, type OrgIndex, type PeopleIndex } from "../../org/index-queries";
import type { ITwinSnapshot } from "../../org/snapshot";
import type { StoredITwin } from "../../org/org-db";

/** The index as the page has it so far. */
export interface OrgView {
  /** Every iTwin's state and counts, sorted by name. */
  itwins: StoredITwin[];
  people: PeopleIndex;
  /** The Account iTwin as the crawl read it; null before (or when the organization has none). */
  account: { id: string; displayName: string; snapshotAt: number } | null;
  /** Every iTwin's facts; null while they are still being parsed. */
  full: OrgIndex | null;
  /** iTwins whose facts are parsed so far. */
  parsed: number;
  /** The index narrowed to the iTwins at these positions, parsed first if need be. */
  narrowed(at: readonly number[]): Promise<OrgIndex>;
}

export interface OrgIndexState {
  crawler: Crawler | null;
  /** The request budget's pacer, shared by the crawl and by applying plans. */
  pacer: Pacer | null;
  owner: OrgOwner | null;
  progress: CrawlProgress | null;
  view: OrgView;
  /** The index has been read from IndexedDB at least once. */
  loaded: boolean;
}

const READ_EVERY_MS = 1000;
/** A re-read during the crawl waits this many times as long as the last one took. */
const READ_SPACING = 4;
/** After a reload answers from the directory, the facts are parsed this long after. */
const PARSE_AFTER_MS = 300;
const EMPTY_LIGHT: LightIndex = { itwins: [], account: null, people: null };
const NOBODY = peopleIndex([]);

function viewOf(loader: IndexLoader | null, light: LightIndex, all: PeopleIndex, full: OrgIndex | null, parsed: number): OrgView {
  return {
    itwins: light.itwins,
    people: all,
    account: light.account && { id: light.account.id, displayName: light.account.displayName, snapshotAt: light.account.snapshotAt },
    full,
    parsed,
    narrowed: async (at) => {
      const rows = at.map((i) => light.itwins[i]!);
      const itwins: ITwinSnapshot[] = full ? at.map((i) => full.itwins[i]!) : loader ? await loader.snapshots(rows) : [];
      return { itwins, account: light.account };
    },
  };
}

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
    const loader = createIndexLoader(db);
    // Read from the moment it is known whose index it is, while the page still renders: the first
    // read of the view (below, at the same version) takes this one over rather than starting anew.
    void loader.light(0).catch(() => undefined);
    return {
      db,
      pacer,
      owner: { userId, organization },
      loader,
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

  const [view, setView] = useState<{ value: OrgView; loaded: boolean }>({
    value: viewOf(null, EMPTY_LIGHT, NOBODY, null, 0),
    loaded: false,
  });
  const loadedRef = useRef(false);
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
    const { loader } = parts;
    const show = (light: LightIndex, all: PeopleIndex, full: OrgIndex | null, parsed: number) => {
      if (!live) return;
      loadedRef.current = true;
      setView({ value: viewOf(loader, light, all, full, parsed), loaded: true });
    };
    const timer = setTimeout(() => {
      const start = Date.now();
      void (async () => {
        const light = await loader.light(version);
        // The first read shows the page from the directory at once; later ones swap the whole index in.
        const early = light.people && !loadedRef.current ? light.people : null;
        if (early) {
          show(light, early, null, loader.parsed(light.itwins));
          // The page paints and the crawl checks where it stands before the facts take the main thread;
          // a person picked meanwhile has their own iTwins parsed at once.
          await new Promise((resolve) => setTimeout(resolve, PARSE_AFTER_MS));
          if (!live) return;
        }
        const full = await loader.full(
          light,
          (n) => early && show(light, early, null, n),
          () => live,
        );
        lastRead.current = { end: Date.now(), took: Date.now() - start };
        const all = peopleOf(light, full);
        show(light, all, full, full.itwins.length);
        if (!light.people && settled && live) await loader.saveDirectory(full, all);
      })().catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === "AbortError")) throw error;
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
    view: view.value,
    loaded: view.loaded,
  };
}
