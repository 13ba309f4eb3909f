import { describe, expect, it } from "vitest";
import { effectiveAccessCsv, whoHasItCsv } from "./access-csv";
import { effectiveAccess, peopleOf, personFromUser } from "./effective-access";
import { whoHasIt } from "./who-has-it";
import { BOTH, DATA } from "./access-test-data";

describe("access CSV", () => {
  it("writes one row per permission and path of a member", () => {
    const csv = effectiveAccessCsv(effectiveAccess(personFromUser(BOTH), DATA));
    expect(csv.split("\r\n")).toContain("Both Tester,both@riverbend.example,itwins_read,View iTwin,Group,Site Engineers,iTwin Contributor");
    expect(csv.split("\r\n")).toContain("Both Tester,both@riverbend.example,itwins_read,View iTwin,Direct,,Project Manager");
  });

  it("writes one row per holder and path", () => {
    const csv = whoHasItCsv("iTwin Contributor", whoHasIt({ kind: "role", roleId: "r-contrib" }, peopleOf(DATA), DATA));
    expect(csv.split("\r\n")[1]).toBe("iTwin Contributor,Both Tester,both@riverbend.example,Group,Site Engineers,iTwin Contributor");
  });
});
