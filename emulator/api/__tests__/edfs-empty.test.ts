// @vitest-environment node
// EDFS assignments of a package that has none on the iTwin: documented 404 AssignmentListNotFound, or an
// empty list (setting emptyAssignments); the first assignment can be created either way.
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID } from "../../demo-users";
import { EXECUTE_PACKAGE_ROLE_ID, roleId } from "../../data/seed-builder";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const EMPTY = `/edfs/itwins/${DEFAULT_ITWIN_ID}/packages/MAXIMO_ASSET_REGISTER/roles`;
const notFound = { error: { code: "AssignmentListNotFound", message: "iTwin or integration package was not found" } };
const first = { assignments: [{ iTwinRoleId: roleId(1, 5), packageRoleIds: [EXECUTE_PACKAGE_ROLE_ID] }] };

describe("EDFS assignments of a package with none on the iTwin", () => {
  it("answer 404 AssignmentListNotFound by default, and the first assignment is still created with POST", async () => {
    const r = await h.api("GET", EMPTY);
    expect([r.status, r.body]).toEqual([404, notFound]);
    const post = await h.api("POST", EMPTY, { body: first });
    expect(post.status).toBe(200);
    expect(post.body.assignments).toHaveLength(1);
    expect((await h.api("GET", EMPTY)).status).toBe(200);
  });

  it("answer 404 again once every assignment is removed", async () => {
    await h.api("POST", EMPTY, { body: first });
    await h.api("DELETE", EMPTY, { body: { iTwinRoleIds: [roleId(1, 5)] } });
    expect((await h.api("GET", EMPTY)).status).toBe(404);
  });

  it("answer an empty list with emptyAssignments=empty-list", async () => {
    await h.control("POST", "/settings", { emptyAssignments: "empty-list" });
    const r = await h.api("GET", EMPTY);
    expect([r.status, r.body]).toEqual([200, { assignments: [] }]);
  });

  it("an unknown package stays 404 PackageNotFound", async () => {
    const r = await h.api("GET", `/edfs/itwins/${DEFAULT_ITWIN_ID}/packages/NO_SUCH/roles`);
    expect(r.body.error.code).toBe("PackageNotFound");
  });
});
