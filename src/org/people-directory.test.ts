import { describe, expect, it } from "vitest";
import { peopleIndex, searchPeople, type Person } from "./index-queries";
import { directoryOf, peopleFrom } from "./people-directory";
import { personName } from "./snapshot";

const make = (id: string, email: string | null, givenName: string | null, surname: string | null, at: number[]): Person => {
  const name = personName({ id, email, givenName, surname });
  return { id, email, givenName, surname, name, haystack: `${name} ${email ?? ""}`.toLowerCase(), at };
};
const itwins = [{ id: "A" }, { id: "B" }, { id: "C" }];
const everyone = [
  make("u1", "ann.lee@x.example", "Ann", "Lee", [0, 2]),
  make("u2", null, null, null, [1]),
  make("u11", "bo@x.example", "Bo", null, []),
  make("u3", "annette@x.example", "Annette", "Lee", [0, 1, 2]),
];

describe("the people directory kept in columns", () => {
  it("comes back as it was stored: every person, their names and the iTwins they appear on", () => {
    const back = peopleFrom(directoryOf(itwins, everyone)!, itwins)!;
    expect(back.size).toBe(4);
    expect(back.list()).toEqual(everyone);
    expect(back.byId("u2")).toEqual(everyone[1]);
    // An id that is the start of another's is not taken for it.
    expect(back.byId("u1")?.id).toBe("u1");
    expect(back.byId("u")).toBeUndefined();
    expect(back.byId("nobody")).toBeUndefined();
  });

  it("finds the same people, in the same order and up to the same limit, as a search over the whole list", () => {
    const back = peopleFrom(directoryOf(itwins, everyone)!, itwins)!;
    for (const text of ["ann", "LEE", " x.example ", "missing user", "bo@", "u2", "zzz", ""])
      for (const limit of [1, 2, 50])
        expect(back.search(text, limit).map((p) => p.id)).toEqual(searchPeople(everyone, text, limit).map((p) => p.id));
    // A person asked for twice is the same object (the views keep the one picked).
    expect(back.search("ann")[0]).toBe(back.byId("u1"));
  });

  it("moves the positions when iTwins sort in before those it was stored with, and fails when one is gone", () => {
    const stored = directoryOf(itwins, everyone)!;
    const now = [{ id: "0" }, { id: "A" }, { id: "C" }, { id: "B" }];
    const back = peopleFrom(stored, now)!;
    expect(back.byId("u1")!.at.map((i) => now[i]!.id)).toEqual(["A", "C"]);
    expect(back.byId("u3")!.at).toEqual([1, 2, 3]);
    expect(peopleFrom(stored, [{ id: "A" }, { id: "B" }])).toBeNull();
  });

  it("is ignored when stored in an earlier form or cut short, and not kept when a value holds its separator", () => {
    const stored = directoryOf(itwins, everyone)!;
    expect(peopleFrom({ ...stored, format: 2 } as unknown as typeof stored, itwins)).toBeNull();
    expect(peopleFrom({ ...stored, count: 5 }, itwins)).toBeNull();
    expect(peopleFrom({ ...stored, haystacks: "ann" }, itwins)).toBeNull();
    expect(directoryOf(itwins, [make("u9", "a@x", "A\u0000B", null, [])])).toBeNull();
    const none = peopleFrom(directoryOf(itwins, [])!, itwins)!;
    expect([none.size, none.search("a"), none.list()]).toEqual([0, [], []]);
  });

  it("answers alike when made from a list already in memory", () => {
    const list = peopleIndex(everyone);
    expect(list.search("lee").map((p) => p.id)).toEqual(["u1", "u3"]);
    expect(list.byId("u11")).toBe(everyone[2]);
    expect(list.list()).toBe(everyone);
  });
});
