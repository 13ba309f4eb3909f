import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { addLeavingExistingAlone, existingMemberIdOf } from "./add-refusing-existing";
import { user } from "./components/members-test-data";

const conflict = (id: string) =>
  new ApiError({ status: 409, kind: "http", code: "iTwinMemberAlreadyExists", message: `Member '${id}' already exists in iTwin 't'.` });

describe("adding members some of whom exist", () => {
  it("reads the refused member's id from a 409", () => {
    expect(existingMemberIdOf(conflict("u-1"))).toBe("u-1");
    expect(existingMemberIdOf(new ApiError({ status: 422, kind: "http", code: "x", message: "Member 'u-1'" }))).toBeUndefined();
  });

  it("takes each refused member out and sends the rest, until the server accepts", async () => {
    const members = [user(1), user(2)];
    const sent: string[][] = [];
    const outcome = await addLeavingExistingAlone(
      ["person1@riverbend.example", "PERSON2@riverbend.example", "new@x.example"],
      async (emails) => {
        sent.push(emails);
        const existing = members.find((m) => emails.some((e) => e.toLowerCase() === m.email));
        if (existing) throw conflict(existing.id);
        return { members: [], invitations: [] };
      },
      async (id) => members.find((m) => m.id === id)!,
    );
    expect(sent).toEqual([
      ["person1@riverbend.example", "PERSON2@riverbend.example", "new@x.example"],
      ["PERSON2@riverbend.example", "new@x.example"],
      ["new@x.example"],
    ]);
    expect(outcome.refusedExisting.map((m) => m.id)).toEqual(["u-1", "u-2"]);
  });

  it("passes the 409 on when it names someone not in the request", async () => {
    await expect(
      addLeavingExistingAlone(
        ["a@x.example"],
        async () => {
          throw conflict("u-9");
        },
        async () => user(9),
      ),
    ).rejects.toMatchObject({ status: 409 });
  });
});
