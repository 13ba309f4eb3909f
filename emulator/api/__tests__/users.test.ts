// @vitest-environment node
// Users API: search (3–200 characters, at most 1,000, the caller's organization only, not paged) and
// lookup by a list of at most 1,000 ids.
import { describe, expect, it } from "vitest";
import { demoUser } from "../../demo-users";
import { fixedId } from "../../data/prng";
import { seededUserId } from "../../data/seed-builder";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const PARTNER = fixedId("2", 1);
const users422 = (detail: object) => ({ error: { code: "InvalidUsersRequest", message: "Cannot query users.", details: [detail] } });

describe("GET /users?$search=", () => {
  it("finds people of the caller's organization by name or e-mail, without paging", async () => {
    const r = await h.api("GET", "/users?$search=rita");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      users: [
        {
          id: demoUser("reader").id,
          email: demoUser("reader").email,
          givenName: "Rita",
          surname: "Reader",
          organizationName: "Riverbend Engineering",
        },
      ],
    });
    expect(r.body._links).toBeUndefined();
  });

  it("matches part of an e-mail address or the full name, in any case", async () => {
    for (const search of ["rita.read", "RIVERBEND.example", "Rita Reader"]) {
      const r = await h.api("GET", `/users?$search=${encodeURIComponent(search)}`);
      expect(r.status).toBe(200);
      expect(r.body.users.map((u: { id: string }) => u.id)).toContain(demoUser("reader").id);
    }
  });

  it("leaves out people of other organizations", async () => {
    expect((await h.api("GET", "/users?$search=priya")).body.users).toEqual([]);
    expect((await h.api("GET", "/users?$search=partner.example")).body.users).toEqual([]);
  });

  it("answers at most 1,000 people", async () => {
    await h.control("POST", "/reset", { preset: "large" });
    const r = await h.api("GET", "/users?$search=riverbend.example");
    expect(r.body.users).toHaveLength(1000);
    await h.control("POST", "/reset", { preset: "demo" });
  });

  it.each([
    ["", { code: "MissingRequiredParameter", message: "A search value was not specified.", target: "$search" }],
    ["ab", { code: "InvalidValue", message: "The search value must be between 3 and 200 characters.", target: "$search" }],
    ["x".repeat(201), { code: "InvalidValue", message: "The search value must be between 3 and 200 characters.", target: "$search" }],
  ])("$search=%j → 422", async (search, detail) => {
    const r = await h.api("GET", `/users?$search=${search}`);
    expect([r.status, r.body]).toEqual([422, users422(detail)]);
  });

  it("without $search → 422 MissingRequiredParameter", async () => {
    expect((await h.api("GET", "/users")).body.error.details[0].code).toBe("MissingRequiredParameter");
  });
});

describe("POST /users/getbyidlist", () => {
  it("answers the people of the caller's organization among the ids, skipping unknown ones and other organizations", async () => {
    const r = await h.api("POST", "/users/getbyidlist", {
      body: [demoUser("reader").id, seededUserId(1), PARTNER, "00000000-0000-0000-0000-000000000000", "not-an-id"],
    });
    expect(r.status).toBe(200);
    expect(r.body.users.map((u: { id: string }) => u.id)).toEqual([demoUser("reader").id, seededUserId(1)]);
  });

  it("takes 1,000 ids and refuses 1,001 with 422", async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => seededUserId(i + 1));
    expect((await h.api("POST", "/users/getbyidlist", { body: ids })).status).toBe(200);
    const r = await h.api("POST", "/users/getbyidlist", { body: [...ids, seededUserId(1001)] });
    expect([r.status, r.body]).toEqual([
      422,
      users422({ code: "InvalidProperty", message: "Collection size exceeds maximum size.", target: "ids" }),
    ]);
  });

  it("refuses a body that is not an array of ids with 422", async () => {
    const r = await h.api("POST", "/users/getbyidlist", { body: { ids: [] } });
    expect([r.status, r.body]).toEqual([
      422,
      users422({ code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." }),
    ]);
  });
});

describe("people of another organization", () => {
  it("are invited, not added, when an iTwin adds them by e-mail", async () => {
    const r = await h.api("POST", "/accesscontrol/itwins/b0000000-0000-4000-8000-000000000001/members/users", {
      body: { members: [{ email: "priya.raman@partner.example", roleIds: ["c1000000-0000-4000-8000-000000000001"] }] },
    });
    expect([r.body.members.length, r.body.invitations.length]).toEqual([0, 1]);
  });
});
