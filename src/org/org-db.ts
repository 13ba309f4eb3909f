// The organization index in IndexedDB (Dexie), one database per signed-in user and organization, so
// another user on the same browser never opens it; every one is deleted on sign-out. No tokens here.
// Each iTwin is kept twice over: a small row (its state and the counts the iTwins table shows) and its
// facts as one JSON string in a table of their own. Reading back a thousand iTwins of hundreds of
// members is the bulk of a reload's time, so the page starts from the small rows and the people
// directory (below) and parses the facts only as it needs them.
import Dexie, { type EntityTable } from "dexie";
import { summarize, type ITwinSummary } from "./itwin-summary";
import { pendingSnapshot, type AccountSnapshot, type ITwinSnapshot } from "./snapshot";

const PREFIX = "itwin-access-org-index";

export interface CrawlMeta {
  key: "crawl";
  /** Every iTwin of the organization was listed (the list itself is in `itwins`). */
  listed: boolean;
  listedAt: number | null;
  account: AccountSnapshot | null;
}

/**
 * Everyone the index knows and on which iTwins, as the page lists them: built from all the facts once
 * they are read, and dropped whenever any iTwin's facts change, so it never answers from older ones.
 * In columns (people-directory.ts): each text column holds every person's value, NUL-separated, in order.
 */
export interface StoredDirectory {
  key: "people";
  /** 3: in columns, with everyone's search text (a directory of an earlier form is ignored and made again). */
  format: 3;
  itwinCount: number;
  /** The iTwin ids the positions refer to. */
  itwinIds: string;
  count: number;
  ids: string;
  emails: string;
  givenNames: string;
  surnames: string;
  /** Each person's name and e-mail, lowercased, as a search matches them. */
  haystacks: string;
  /** How many positions each person has; then all of them, person after person. */
  counts: Uint32Array;
  positions: Uint32Array;
}

/** One iTwin as listed: what the crawl, the status and the iTwins table need. */
export type StoredITwin = ITwinSummary;

export interface StoredFacts {
  id: string;
  json: string;
}

export type OrgDb = Dexie & {
  itwins: EntityTable<StoredITwin, "id">;
  facts: EntityTable<StoredFacts, "id">;
  meta: EntityTable<CrawlMeta | StoredDirectory, "key">;
};

type Facts = Pick<ITwinSnapshot, "roles" | "users" | "groupMembers" | "groups" | "owners" | "invitations" | "shares">;

export interface PackedITwin {
  row: StoredITwin;
  facts: StoredFacts;
}

export function packSnapshot(s: ITwinSnapshot, account: AccountSnapshot | null = null): PackedITwin {
  const facts: Facts = {
    roles: s.roles,
    users: s.users,
    groupMembers: s.groupMembers,
    groups: s.groups,
    owners: s.owners,
    invitations: s.invitations,
    shares: s.shares,
  };
  return { row: summarize(s, account), facts: { id: s.id, json: JSON.stringify(facts) } };
}

/** One iTwin whole again: its current row (state, error) with its facts. */
export function unpackSnapshot({ row, facts }: PackedITwin): ITwinSnapshot {
  const { counts: _counts, ...header } = row;
  return { ...header, ...(JSON.parse(facts.json) as Facts) };
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
        .modify((row: { facts?: string } & ITwinSnapshot, ref: { value: unknown }) => {
          if (!("facts" in row)) ref.value = { ...header(row), facts: JSON.stringify(factsOf(row)) };
        }),
    );
  // Then their facts move to a table of their own, beside the counts worked out from them.
  db.version(3)
    .stores({ itwins: "id, state", facts: "id", meta: "key" })
    .upgrade(async (tx) => {
      const meta = (await tx.table("meta").get("crawl")) as CrawlMeta | undefined;
      const rows = (await tx.table("itwins").toArray()) as (ReturnType<typeof header> & { facts: string })[];
      const packed = rows.map(({ facts, ...h }) => packSnapshot({ ...h, ...(JSON.parse(facts) as Facts) }, meta?.account ?? null));
      await tx.table("facts").bulkPut(packed.map((p) => p.facts));
      await tx.table("itwins").bulkPut(packed.map((p) => p.row));
    });
  return db;
}

function header(s: ITwinSnapshot) {
  return {
    id: s.id,
    displayName: s.displayName,
    number: s.number,
    state: s.state,
    snapshotAt: s.snapshotAt,
    ...(s.error !== undefined && { error: s.error }),
  };
}

function factsOf(s: ITwinSnapshot): Facts {
  const { roles, users, groupMembers, groups, owners, invitations, shares } = s;
  return { roles, users, groupMembers, groups, owners, invitations, shares };
}

/** Stores these iTwins' facts and counts; the people directory no longer holds and is dropped. */
export async function putSnapshots(db: OrgDb, list: ITwinSnapshot[]): Promise<void> {
  await db.transaction("rw", db.itwins, db.facts, db.meta, async () => {
    const { account } = await readMeta(db);
    const packed = list.map((s) => packSnapshot(s, account));
    await db.facts.bulkPut(packed.map((p) => p.facts));
    await db.itwins.bulkPut(packed.map((p) => p.row));
    await db.meta.delete("people");
  });
}

export const putSnapshot = (db: OrgDb, s: ITwinSnapshot) => putSnapshots(db, [s]);

/** The facts of these iTwins (rows as just read), in their order; an iTwin whose facts are missing has none. */
export async function factsFor(db: OrgDb, rows: readonly StoredITwin[]): Promise<ITwinSnapshot[]> {
  const facts = await db.facts.bulkGet(rows.map((r) => r.id));
  return rows.map((row, i) => unpackSnapshot({ row, facts: facts[i] ?? { id: row.id, json: EMPTY_FACTS } }));
}

// What an iTwin not read yet knows.
const EMPTY_FACTS = JSON.stringify(factsOf(pendingSnapshot("", "", null)));

export async function getSnapshot(db: OrgDb, id: string): Promise<ITwinSnapshot | undefined> {
  const row = await db.itwins.get(id);
  return row && (await factsFor(db, [row]))[0];
}

export async function readSnapshots(db: OrgDb): Promise<ITwinSnapshot[]> {
  return factsFor(db, await db.itwins.toArray());
}

export async function readMeta(db: OrgDb): Promise<CrawlMeta> {
  const meta = (await db.meta.get("crawl")) as CrawlMeta | undefined;
  return meta ?? { key: "crawl", listed: false, listedAt: null, account: null };
}

export async function readDirectory(db: OrgDb): Promise<StoredDirectory | undefined> {
  return (await db.meta.get("people")) as StoredDirectory | undefined;
}

/** Deletes every organization index of this browser (sign-out), whoever made it. */
export async function clearOrgIndexes(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => Dexie.delete(n)));
}
