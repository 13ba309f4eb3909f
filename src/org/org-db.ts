// The organization index in IndexedDB (Dexie), one database per signed-in user and organization, so
// another user on the same browser never opens it; every one is deleted on sign-out. No tokens here.
// Each iTwin's facts are kept as one JSON string: reading back a thousand iTwins of hundreds of members
// is then one string each for JSON.parse (V8's fastest way to build many objects of one shape), not a
// million small objects for IndexedDB's structured clone to rebuild, the bulk of a reload's time.
import Dexie, { type EntityTable } from "dexie";
import type { AccountSnapshot, ITwinSnapshot, ITwinState } from "./snapshot";

const PREFIX = "itwin-access-org-index";

export interface CrawlMeta {
  key: "crawl";
  /** Every iTwin of the organization was listed (the list itself is in `itwins`). */
  listed: boolean;
  listedAt: number | null;
  account: AccountSnapshot | null;
}

/** One iTwin as stored: what the crawl and the status need as fields, the rest packed. */
export interface StoredITwin {
  id: string;
  displayName: string;
  number: string | null;
  state: ITwinState;
  snapshotAt: number | null;
  error?: string;
  facts: string;
}

export type OrgDb = Dexie & {
  itwins: EntityTable<StoredITwin, "id">;
  meta: EntityTable<CrawlMeta, "key">;
};

type Facts = Pick<ITwinSnapshot, "roles" | "users" | "groupMembers" | "groups" | "owners" | "invitations" | "shares">;

export function packSnapshot(s: ITwinSnapshot): StoredITwin {
  const facts: Facts = {
    roles: s.roles,
    users: s.users,
    groupMembers: s.groupMembers,
    groups: s.groups,
    owners: s.owners,
    invitations: s.invitations,
    shares: s.shares,
  };
  return {
    id: s.id,
    displayName: s.displayName,
    number: s.number,
    state: s.state,
    snapshotAt: s.snapshotAt,
    ...(s.error !== undefined && { error: s.error }),
    facts: JSON.stringify(facts),
  };
}

export function unpackSnapshot(r: StoredITwin): ITwinSnapshot {
  const facts = JSON.parse(r.facts) as Facts;
  return {
    id: r.id,
    displayName: r.displayName,
    number: r.number,
    state: r.state,
    snapshotAt: r.snapshotAt,
    ...(r.error !== undefined && { error: r.error }),
    ...facts,
  };
}

export function orgDbName(userId: string, organizationId: string): string {
  return `${PREFIX}:${userId}:${organizationId}`;
}

export function openOrgDb(userId: string, organizationId: string): OrgDb {
  const db = new Dexie(orgDbName(userId, organizationId)) as OrgDb;
  db.version(1).stores({ itwins: "id, state", meta: "key" });
  // Indexes kept before facts were packed are packed in place, so nothing is crawled again.
  db.version(2)
    .stores({ itwins: "id, state", meta: "key" })
    .upgrade((tx) =>
      tx
        .table("itwins")
        .toCollection()
        .modify((row: StoredITwin | ITwinSnapshot, ref: { value: StoredITwin }) => {
          if (!("facts" in row)) ref.value = packSnapshot(row);
        }),
    );
  return db;
}

export const putSnapshot = (db: OrgDb, s: ITwinSnapshot) => db.itwins.put(packSnapshot(s));
export const putSnapshots = (db: OrgDb, list: ITwinSnapshot[]) => db.itwins.bulkPut(list.map(packSnapshot));

export async function getSnapshot(db: OrgDb, id: string): Promise<ITwinSnapshot | undefined> {
  const row = await db.itwins.get(id);
  return row && unpackSnapshot(row);
}

export async function readSnapshots(db: OrgDb): Promise<ITwinSnapshot[]> {
  return (await db.itwins.toArray()).map(unpackSnapshot);
}

export async function readMeta(db: OrgDb): Promise<CrawlMeta> {
  return (await db.meta.get("crawl")) ?? { key: "crawl", listed: false, listedAt: null, account: null };
}

/** Deletes every organization index of this browser (sign-out), whoever made it. */
export async function clearOrgIndexes(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => Dexie.delete(n)));
}
