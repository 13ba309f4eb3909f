import { describe, expect, it } from "vitest";
import { groupsCsv, usersCsv } from "./members-csv";

describe("members CSV", () => {
  it("writes one row per user with the roles joined and missing users flagged", () => {
    const csv = usersCsv([
      {
        id: "1",
        email: "a@x.example",
        givenName: "Ada",
        surname: "L",
        organization: "Org, Inc",
        roles: [
          { id: "r1", displayName: "Reader" },
          { id: "r2", displayName: "Writer" },
        ],
      },
      { id: "2", email: null, givenName: null, surname: null, organization: null, roles: [] },
    ]);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("Member id,Given name,Surname,E-mail,Organization,Missing user,Roles");
    expect(lines[1]).toBe('1,Ada,L,a@x.example,"Org, Inc",no,Reader; Writer');
    expect(lines[2]).toBe("2,,,,,yes,");
  });

  it("guards group names against spreadsheet formulas", () => {
    const csv = groupsCsv([{ id: "g", groupName: "=HYPERLINK()", groupDescription: null, roles: [] }]);
    expect(csv).toContain("'=HYPERLINK()");
  });
});
