// The people directory: everyone of the index with the iTwins they appear on, stored once all the facts
// are read, so a reload can search people and know where to look before parsing any iTwin's members.
// iTwins are named by id (positions change as iTwins are added). It is read on every reload, so it is
// kept in columns: each field of everyone as one string (split at once, no JSON to parse) and every
// position in one typed array (copied as bytes) — tens of thousands of people come back in a fraction of
// the time an array per person took.
import { personName } from "./snapshot";
import type { Person } from "./index-queries";
import type { StoredDirectory } from "./org-db";

/** Between the values of a column: a character no name, e-mail or id holds (one that does is not stored). */
const SEP = "\u0000";

const column = (values: readonly (string | null)[]): string | null => {
  const text = values.map((v) => v ?? "").join(SEP);
  return values.some((v) => v?.includes(SEP)) ? null : text;
};

/** The directory of `all` (from `people`), whose positions refer to `itwins`; null when it cannot be kept in columns. */
export function directoryOf(itwins: readonly { id: string }[], all: readonly Person[]): StoredDirectory | null {
  const columns = [
    column(itwins.map((t) => t.id)),
    column(all.map((p) => p.id)),
    column(all.map((p) => p.email)),
    column(all.map((p) => p.givenName)),
    column(all.map((p) => p.surname)),
  ];
  if (columns.some((c) => c === null)) return null;
  const [itwinIds, ids, emails, givenNames, surnames] = columns as string[];
  return {
    key: "people",
    format: 2,
    itwinCount: itwins.length,
    count: all.length,
    itwinIds: itwinIds!,
    ids: ids!,
    emails: emails!,
    givenNames: givenNames!,
    surnames: surnames!,
    counts: Uint32Array.from(all, (p) => p.at.length),
    positions: Uint32Array.from(all.flatMap((p) => p.at)),
  };
}

const split = (text: string, count: number): string[] => (count === 0 ? [] : text.split(SEP));

/**
 * The people of a stored directory, with positions in `itwins`; null when it names an iTwin not there,
 * or was stored in an earlier form (then it is worked out again from the facts, and stored anew).
 */
export function peopleFrom(directory: StoredDirectory, itwins: readonly { id: string }[]): Person[] | null {
  if (directory.format !== 2) return null;
  const { count, counts, positions } = directory;
  const position = new Map(itwins.map((t, i) => [t.id, i]));
  const moved = split(directory.itwinIds, directory.itwinCount).map((id) => position.get(id) ?? -1);
  if (moved.length !== directory.itwinCount || moved.includes(-1)) return null;
  const same = moved.every((p, i) => p === i);
  const ids = split(directory.ids, count);
  const emails = split(directory.emails, count);
  const givenNames = split(directory.givenNames, count);
  const surnames = split(directory.surnames, count);
  if ([ids, emails, givenNames, surnames].some((c) => c.length !== count) || counts.length !== count) return null;
  const out = new Array<Person>(count);
  let k = 0;
  for (let i = 0; i < count; i++) {
    const n = counts[i]!;
    const at = new Array<number>(n);
    for (let j = 0; j < n; j++) at[j] = same ? positions[k + j]! : moved[positions[k + j]!]!;
    k += n;
    if (!same) at.sort((a, b) => a - b);
    const id = ids[i]!;
    const email = emails[i] || null;
    const givenName = givenNames[i] || null;
    const surname = surnames[i] || null;
    const name = personName({ id, email, givenName, surname });
    out[i] = { id, email, givenName, surname, name, haystack: `${name} ${email ?? ""}`.toLowerCase(), at };
  }
  return out;
}
