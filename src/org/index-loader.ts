// Reads the organization index back for the page in two steps: at once the small rows and the people
// directory (enough to list iTwins, count, search people and know where each appears), then every
// iTwin's facts a few at a time, giving the page back its main thread between each few. Parsed facts
// are kept by iTwin and snapshot time, so a re-read parses only the iTwins read again since.
import { factsFor, readDirectory, readMeta, type OrgDb, type StoredITwin } from "./org-db";
import { directoryOf, peopleFrom } from "./people-directory";
import { people, peopleIndex, type OrgIndex, type PeopleIndex } from "./index-queries";
import type { AccountSnapshot, ITwinSnapshot } from "./snapshot";

/** iTwins parsed between two breaks: a few thousand members, some tens of ms on a slow machine. */
export const PARSE_CHUNK = 25;

export interface LightIndex {
  /** Sorted by name, as every view lists them. */
  itwins: StoredITwin[];
  account: AccountSnapshot | null;
  /** From the stored directory; null when there is none for these facts (it is built once all are read). */
  people: PeopleIndex | null;
}

export interface IndexLoader {
  /**
   * The rows, the account and the directory. Asked again for the same `version` of the stored index
   * (it changes with every write: see the crawler's progress), it answers from the read already made
   * or under way rather than starting another.
   */
  light(version?: number): Promise<LightIndex>;
  /** The whole snapshots of these rows (parsed now, or earlier). */
  snapshots(rows: readonly StoredITwin[]): Promise<ITwinSnapshot[]>;
  /** Every iTwin's facts, a chunk at a time; stops (rejects) once `live` says no. */
  full(light: LightIndex, onParsed?: (done: number) => void, live?: () => boolean): Promise<OrgIndex>;
  /** Stores the directory of this index, unless an iTwin's facts changed since it was read. */
  saveDirectory(index: OrgIndex, all: PeopleIndex): Promise<void>;
  /** iTwins whose facts are parsed and current. */
  parsed(rows: readonly StoredITwin[]): number;
}

/** As `localeCompare` orders names, without setting up the comparison for each pair. */
const byName = new Intl.Collator().compare;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same iTwins in the same order, none read again since: the people directory still holds for them. */
const sameRows = (a: readonly StoredITwin[], b: readonly StoredITwin[]) =>
  a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.snapshotAt === b[i]!.snapshotAt);

export function createIndexLoader(db: OrgDb): IndexLoader {
  const parsed = new Map<string, { snapshotAt: number | null; snapshot: ITwinSnapshot }>();
  // The directory is a large record: while no iTwin's facts change (a re-read when the crawl only
  // checked where it stands), its people are kept rather than read and built again.
  let directoryPeople: { rows: StoredITwin[]; people: PeopleIndex } | null = null;
  let read: { version: number; light: Promise<LightIndex> } | null = null;
  const current = (row: StoredITwin) => {
    const hit = parsed.get(row.id);
    return hit && hit.snapshotAt === row.snapshotAt ? hit.snapshot : undefined;
  };
  // The facts as parsed, with the row as it is now (a state or an error may have changed since).
  const withRow = (row: StoredITwin, s: ITwinSnapshot): ITwinSnapshot => {
    const { counts: _counts, ...header } = row;
    const { error: _error, ...facts } = s;
    return { ...facts, ...header };
  };

  async function snapshots(rows: readonly StoredITwin[]): Promise<ITwinSnapshot[]> {
    const missing = rows.filter((r) => !current(r));
    if (missing.length) for (const s of await factsFor(db, missing)) parsed.set(s.id, { snapshotAt: s.snapshotAt, snapshot: s });
    return rows.map((r) => withRow(r, current(r)!));
  }

  async function readLight(): Promise<LightIndex> {
    const [itwins, meta] = await Promise.all([db.itwins.toArray(), readMeta(db)]);
    itwins.sort((a, b) => byName(a.displayName, b.displayName));
    if (directoryPeople && sameRows(directoryPeople.rows, itwins)) return { itwins, account: meta.account, people: directoryPeople.people };
    const directory = await readDirectory(db);
    const found = directory ? peopleFrom(directory, itwins) : null;
    directoryPeople = found ? { rows: itwins, people: found } : null;
    return { itwins, account: meta.account, people: found };
  }

  return {
    light(version) {
      if (version !== undefined && read?.version === version) return read.light;
      const light = readLight();
      if (version !== undefined) read = { version, light };
      light.catch(() => {
        if (read?.light === light) read = null;
      });
      return light;
    },
    snapshots,
    async full(light, onParsed, live = () => true) {
      const out: ITwinSnapshot[] = [];
      for (let i = 0; i < light.itwins.length; i += PARSE_CHUNK) {
        const chunk = light.itwins.slice(i, i + PARSE_CHUNK);
        const fresh = chunk.some((r) => !current(r));
        out.push(...(await snapshots(chunk)));
        if (!live()) throw new DOMException("The index was read again.", "AbortError");
        if (fresh) {
          onParsed?.(out.length);
          await pause();
        }
      }
      return { itwins: out, account: light.account };
    },
    async saveDirectory(index, all) {
      const directory = directoryOf(index.itwins, all.list());
      if (!directory) return;
      await db.transaction("rw", db.itwins, db.meta, async () => {
        const rows = await db.itwins.toArray();
        const read = new Map(index.itwins.map((t) => [t.id, t.snapshotAt]));
        const unchanged = rows.length === read.size && rows.every((r) => read.has(r.id) && read.get(r.id) === r.snapshotAt);
        if (unchanged) await db.meta.put(directory);
      });
    },
    parsed: (rows) => rows.filter((r) => current(r)).length,
  };
}

/** The people of an index: from its directory when stored, else worked out from every fact. */
export const peopleOf = (light: LightIndex, full: OrgIndex): PeopleIndex => light.people ?? peopleIndex(people(full));
