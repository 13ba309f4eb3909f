// The people directory: everyone of the index with the iTwins they appear on, stored once all the facts
// are read, so a reload can search people and know where to look before parsing any iTwin's members.
// iTwins are named by id (positions change as iTwins are added). It is read on every reload, so it is
// kept in columns: each field of everyone as one string and every position in one typed array (copied
// as bytes). Read back, nobody is made into an object until asked for: a search runs over the one string
// of everyone's lowercased name and e-mail, so tens of thousands of people cost a few string scans
// rather than tens of thousands of objects to make (and collect) before the page answers.
import { personName } from "./snapshot";
import type { PeopleIndex, Person } from "./index-queries";
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
    column(all.map((p) => p.haystack)),
  ];
  if (columns.some((c) => c === null)) return null;
  const [itwinIds, ids, emails, givenNames, surnames, haystacks] = columns as string[];
  return {
    key: "people",
    format: 3,
    itwinCount: itwins.length,
    count: all.length,
    itwinIds: itwinIds!,
    ids: ids!,
    emails: emails!,
    givenNames: givenNames!,
    surnames: surnames!,
    haystacks: haystacks!,
    counts: Uint32Array.from(all, (p) => p.at.length),
    positions: Uint32Array.from(all.flatMap((p) => p.at)),
  };
}

/** Where each of a column's `count` values starts, and one past the last (so value i ends at starts[i+1] - 1); null when the count is off. */
function startsOf(text: string, count: number): Uint32Array | null {
  const starts = new Uint32Array(count + 1);
  if (count === 0) return text === "" ? starts : null;
  let at = 0;
  for (let i = 1; i < count; i++) {
    const next = text.indexOf(SEP, at);
    if (next < 0) return null;
    at = next + 1;
    starts[i] = at;
  }
  if (text.indexOf(SEP, at) >= 0) return null;
  starts[count] = text.length + 1;
  return starts;
}

/** The last i whose start is at or before `offset`. */
function valueAt(starts: Uint32Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The people of a stored directory, with positions in `itwins`; null when it names an iTwin not there,
 * or was stored in an earlier form (then it is worked out again from the facts, and stored anew).
 */
export function peopleFrom(directory: StoredDirectory, itwins: readonly { id: string }[]): PeopleIndex | null {
  if (directory.format !== 3) return null;
  const { count, counts, positions, haystacks } = directory;
  const position = new Map(itwins.map((t, i) => [t.id, i]));
  const itwinStarts = startsOf(directory.itwinIds, directory.itwinCount);
  if (!itwinStarts) return null;
  const moved = Array.from(
    { length: directory.itwinCount },
    (_, i) => position.get(directory.itwinIds.slice(itwinStarts[i], itwinStarts[i + 1]! - 1)) ?? -1,
  );
  if (moved.includes(-1)) return null;
  const same = moved.every((p, i) => p === i);
  const texts = [directory.ids, directory.emails, directory.givenNames, directory.surnames, haystacks];
  const starts = texts.map((t) => startsOf(t, count));
  if (starts.some((s) => s === null) || counts.length !== count) return null;
  const [idStarts, emailStarts, givenStarts, surnameStarts, hayStarts] = starts as Uint32Array[];
  const first = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) first[i + 1] = first[i]! + counts[i]!;
  if (first[count] !== positions.length || positions.some((p) => p >= moved.length)) return null;
  const value = (text: string, s: Uint32Array, i: number) => text.slice(s[i], s[i + 1]! - 1);

  const made = new Array<Person | undefined>(count);
  const person = (i: number): Person => {
    const known = made[i];
    if (known) return known;
    const at = Array.from(positions.subarray(first[i], first[i + 1]), (p) => (same ? p : moved[p]!));
    if (!same) at.sort((a, b) => a - b);
    const id = value(directory.ids, idStarts!, i);
    const email = value(directory.emails, emailStarts!, i) || null;
    const givenName = value(directory.givenNames, givenStarts!, i) || null;
    const surname = value(directory.surnames, surnameStarts!, i) || null;
    const name = personName({ id, email, givenName, surname });
    return (made[i] = { id, email, givenName, surname, name, haystack: value(haystacks, hayStarts!, i), at });
  };
  let all: Person[] | null = null;
  return {
    size: count,
    search(text, limit = 50) {
      const needle = text.trim().toLowerCase();
      const out: Person[] = [];
      if (!needle || needle.includes(SEP)) return out;
      for (let from = 0; out.length < limit;) {
        const hit = haystacks.indexOf(needle, from);
        if (hit < 0) break;
        const i = valueAt(hayStarts!, count, hit);
        out.push(person(i));
        from = hayStarts![i + 1]!;
      }
      return out;
    },
    byId(id) {
      if (!id || id.includes(SEP)) return undefined;
      const ids = directory.ids;
      for (let from = 0; ;) {
        const hit = ids.indexOf(id, from);
        if (hit < 0) return undefined;
        const end = hit + id.length;
        if ((hit === 0 || ids[hit - 1] === SEP) && (end === ids.length || ids[end] === SEP)) return person(valueAt(idStarts!, count, hit));
        from = hit + 1;
      }
    },
    list: () => (all ??= Array.from({ length: count }, (_, i) => person(i))),
  };
}
