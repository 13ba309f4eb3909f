import { describe, expect, it } from "vitest";
import { splitAddResult } from "./add-result";

const grace = {
  id: "u-grace",
  email: "grace@x.example",
  givenName: "Grace",
  surname: "Hopkins",
  roles: [] as { id: string; displayName: string }[],
};
const reader = { id: "r-reader", displayName: "Reader" };
const writer = { id: "r-writer", displayName: "Writer" };

describe("what an add did to each person", () => {
  it("tells a new member from one who already was a member and only gained roles", () => {
    const outcome = splitAddResult(
      [
        { ...grace, roles: [reader, writer] },
        { ...grace, id: "u-new", roles: [writer] },
      ],
      ["r-writer"],
      (m) => (m.id === "u-grace" ? [reader] : undefined),
    );
    expect(outcome.added.map((m) => m.id)).toEqual(["u-new"]);
    expect(outcome.alreadyMembers).toEqual([{ member: expect.objectContaining({ id: "u-grace" }), gained: [writer] }]);
  });

  it("says an existing member gained nothing when they already held every requested role", () => {
    const outcome = splitAddResult([{ ...grace, roles: [writer] }], ["r-writer"], () => [writer]);
    expect(outcome.alreadyMembers[0]!.gained).toEqual([]);
    expect(outcome.added).toEqual([]);
  });

  it("counts roles in the answer that were not asked for as held before, when the cache does not know the person", () => {
    const outcome = splitAddResult([{ ...grace, roles: [reader, writer] }], ["r-writer"], () => undefined);
    expect(outcome.alreadyMembers[0]!.gained).toEqual([writer]);
  });
});
