import { describe, expect, it } from "vitest";
import { checkAccess } from "./check-access";
import { describePath, effectiveAccess, personFromUser } from "./effective-access";
import { BOTH, DATA, DIRECT, ROLES } from "./access-test-data";

describe("check access", () => {
  it("answers yes with every path that grants the permission", () => {
    const result = checkAccess(effectiveAccess(personFromUser(BOTH), DATA), "itwins_read", ROLES);
    expect(result.granted).toBe(true);
    expect(result.paths.map(describePath)).toEqual(["Direct role Project Manager", "Group Site Engineers → iTwin Contributor"]);
  });

  it("answers no with the roles that would grant it", () => {
    const result = checkAccess(effectiveAccess(personFromUser(DIRECT), DATA), "imodels_write", ROLES);
    expect(result.granted).toBe(false);
    expect(result.paths).toEqual([]);
    expect(result.rolesThatWouldGrant.map((r) => r.displayName)).toEqual(["iTwin Contributor"]);
  });

  it("answers no with no role to suggest when no role includes the permission", () => {
    const result = checkAccess(effectiveAccess(personFromUser(DIRECT), DATA), "edfs_objipexec", ROLES);
    expect(result).toMatchObject({ granted: false, rolesThatWouldGrant: [] });
  });
});
