// The people directory: everyone of the index with the iTwins they appear on, stored once all the facts
// are read, so a reload can search people and know where to look before parsing any iTwin's members.
// iTwins are named by id (positions change as iTwins are added); each person is one small array.
import { personName } from "./snapshot";
import type { Person } from "./index-queries";
import type { StoredDirectory } from "./org-db";

type Entry = [id: string, email: string | null, givenName: string | null, surname: string | null, at: number[]];

/** The directory of `all` (from `people`), whose positions refer to `itwins`. */
export function directoryOf(itwins: readonly { id: string }[], all: readonly Person[]): StoredDirectory {
  const entries: Entry[] = all.map((p) => [p.id, p.email, p.givenName, p.surname, p.at]);
  return { key: "people", json: JSON.stringify([itwins.map((t) => t.id), entries]) };
}

/** The people of a stored directory, with positions in `itwins`; null when it names an iTwin not there. */
export function peopleFrom(directory: StoredDirectory, itwins: readonly { id: string }[]): Person[] | null {
  const [ids, entries] = JSON.parse(directory.json) as [string[], Entry[]];
  const position = new Map(itwins.map((t, i) => [t.id, i]));
  const moved = ids.map((id) => position.get(id) ?? -1);
  if (moved.includes(-1)) return null;
  const same = moved.every((p, i) => p === i);
  return entries.map(([id, email, givenName, surname, at]) => {
    const ref = { id, email, givenName, surname };
    const name = personName(ref);
    return {
      ...ref,
      name,
      haystack: `${name} ${email ?? ""}`.toLowerCase(),
      at: same ? at : at.map((i) => moved[i]!).sort((a, b) => a - b),
    };
  });
}
