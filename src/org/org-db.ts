// The organization index in IndexedDB (Dexie), one database per signed-in user and organization, so
// another user on the same browser never opens it; every one is deleted on sign-out. No tokens here.
import Dexie, { type EntityTable } from "dexie";
import type { AccountSnapshot, ITwinSnapshot } from "./snapshot";

const PREFIX = "itwin-access-org-index";

export interface CrawlMeta {
  key: "crawl";
  /** Every iTwin of the organization was listed (the list itself is in `itwins`). */
  listed: boolean;
  listedAt: number | null;
  account: AccountSnapshot | null;
}

export type OrgDb = Dexie & {
  itwins: EntityTable<ITwinSnapshot, "id">;
  meta: EntityTable<CrawlMeta, "key">;
};

export function orgDbName(userId: string, organizationId: string): string {
  return `${PREFIX}:${userId}:${organizationId}`;
}

export function openOrgDb(userId: string, organizationId: string): OrgDb {
  const db = new Dexie(orgDbName(userId, organizationId)) as OrgDb;
  db.version(1).stores({ itwins: "id, state", meta: "key" });
  return db;
}

export async function readMeta(db: OrgDb): Promise<CrawlMeta> {
  return (await db.meta.get("crawl")) ?? { key: "crawl", listed: false, listedAt: null, account: null };
}

/** Deletes every organization index of this browser (sign-out), whoever made it. */
export async function clearOrgIndexes(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => Dexie.delete(n)));
}
