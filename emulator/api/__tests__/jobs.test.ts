// @vitest-environment node
// Access Control jobs: validation, Active → Completed / PartialCompleted / Failed with per-action
// outcomes, Prefer minimal/representation, the submitted actions, and the control that fails an action.
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID, demoUser } from "../../demo-users";
import { roleId } from "../../data/seed-builder";
import { freshHarnessPerTest } from "./harness";

const h = freshHarnessPerTest();
const T = DEFAULT_ITWIN_ID;
const AC = `/accesscontrol/itwins/${T}`;
const ZERO = "00000000-0000-0000-0000-000000000000";
const reader = demoUser("reader");
const outsider = demoUser("outsider");
const job422 = (...details: object[]) => ({
  error: { code: "InvalidiTwinsJobRequest", message: "Request body or query is invalid.", details },
});
const representation = { headers: { Prefer: "return=representation" } };

async function submit(actions: object, as: "admin" | "manager" | "reader" = "admin") {
  const r = await h.api("POST", `${AC}/jobs`, { as, body: { actions } });
  return r;
}
async function finished(id: string) {
  await h.controls.runJobs();
  return (await h.api("GET", `${AC}/jobs/${id}`, representation)).body;
}
const rolesOf = async (id: string) =>
  ((await h.api("GET", `${AC}/members/users/${id}`)).body.member?.roles ?? []).map((r: { id: string }) => r.id);

describe("jobs", () => {
  it("creates an Active job (201, flat body) that completes and applies every action", async () => {
    await h.control("POST", "/settings", { jobDelayMs: 60_000 });
    const r = await submit({
      assignRoles: [{ email: outsider.email, roleIds: [roleId(1, 1)] }],
      unassignRoles: [{ email: reader.email, roleIds: [roleId(1, 1)] }],
    });
    expect([r.status, r.body]).toEqual([201, { id: expect.any(String), itwinId: T, status: "Active" }]);
    expect((await h.api("GET", `${AC}/jobs/${r.body.id}`)).body.status).toBe("Active");
    expect(await rolesOf(outsider.id)).toEqual([]);
    expect(await finished(r.body.id)).toEqual({ id: r.body.id, itwinId: T, status: "Completed", error: [] });
    expect(await rolesOf(outsider.id)).toEqual([roleId(1, 1)]); // a non-member is added
    expect(await rolesOf(reader.id)).toEqual([]);
  });

  it("runs by itself after jobDelayMs", async () => {
    await h.control("POST", "/settings", { jobDelayMs: 0 });
    const r = await submit({ removeMembers: [{ email: reader.email }] });
    let status = "Active";
    while (status === "Active") status = (await h.api("GET", `${AC}/jobs/${r.body.id}`)).body.status;
    expect(status).toBe("Completed");
    expect((await h.api("GET", `${AC}/members/users/${reader.id}`)).status).toBe(404);
  });

  it("fails only the action with an unknown role id or e-mail → PartialCompleted, errors only with representation", async () => {
    const r = await submit({
      assignRoles: [
        { email: outsider.email, roleIds: [roleId(1, 2)] },
        { email: "nobody@elsewhere.example", roleIds: [roleId(1, 2)] },
        { email: reader.email, roleIds: [roleId(1, 3), ZERO] },
      ],
    });
    await h.control("POST", "/run-jobs");
    const minimal = await h.api("GET", `${AC}/jobs/${r.body.id}`, { headers: { Prefer: "return=minimal" } });
    expect(minimal.body).toEqual({ id: r.body.id, itwinId: T, status: "PartialCompleted" });
    expect((await h.api("GET", `${AC}/jobs/${r.body.id}`, representation)).body.error).toEqual([
      { code: "UserNotFound", message: "Requested user is not available.", target: "assignRoles[1].email" },
      { code: "RoleNotFound", message: "Requested Role is not available.", target: "assignRoles[2].roleIds[1]" },
    ]);
    expect(await rolesOf(outsider.id)).toEqual([roleId(1, 2)]);
    expect(await rolesOf(reader.id)).toEqual([roleId(1, 1)]);
  });

  it("is Failed when every action fails; removing or unassigning a non-member fails that action", async () => {
    const r = await submit({
      unassignRoles: [{ email: outsider.email, roleIds: [roleId(1, 1)] }],
      removeMembers: [{ email: outsider.email }],
    });
    const body = await finished(r.body.id);
    expect(body.status).toBe("Failed");
    expect(body.error.map((e: { target: string }) => e.target)).toEqual(["unassignRoles[0].email", "removeMembers[0].email"]);
  });

  it("fail-job-action makes a chosen action fail", async () => {
    await h.controls.failJobAction({ email: reader.email, action: "removeMembers" });
    const r = await submit({ removeMembers: [{ email: reader.email }, { email: "paul.manager@riverbend.example" }] });
    const body = await finished(r.body.id);
    expect(body.status).toBe("PartialCompleted");
    expect(body.error).toEqual([{ code: "ActionFailed", message: "The action could not be completed.", target: "removeMembers[0]" }]);
    expect(await rolesOf(reader.id)).toEqual([roleId(1, 1)]);
  });

  it("GET …/actions answers the actions as submitted", async () => {
    const actions = { assignRoles: [{ email: outsider.email, roleIds: [roleId(1, 1)] }], removeMembers: [{ email: reader.email }] };
    const r = await submit(actions);
    expect((await h.api("GET", `${AC}/jobs/${r.body.id}/actions`)).body).toEqual({ actions });
  });

  it("an unknown or malformed job id → 404", async () => {
    for (const id of [ZERO, "non-existant-job-id"]) {
      const r = await h.api("GET", `${AC}/jobs/${id}`);
      expect([r.status, r.body]).toEqual([404, { error: { code: "JobNotFound", message: "Requested job is not available." } }]);
      expect((await h.api("GET", `${AC}/jobs/${id}/actions`)).status).toBe(404);
    }
  });

  it.each([
    ["empty actions", {}, [{ code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." }]],
    [
      "an empty action group",
      { assignRoles: [] },
      [{ code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." }],
    ],
    [
      "an empty e-mail",
      { removeMembers: [{ email: "" }] },
      [{ code: "MissingRequiredProperty", message: "Required property is missing.", target: "actions.removeMembers[0].email" }],
    ],
    [
      "an invalid e-mail",
      { assignRoles: [{ email: "not-an-email", roleIds: [roleId(1, 1)] }] },
      [{ code: "InvalidValue", message: "Provided email is not valid.", target: "actions.assignRoles[0].email" }],
    ],
    [
      "empty roleIds",
      { unassignRoles: [{ email: reader.email, roleIds: [] }] },
      [{ code: "InvalidValue", message: "At least one role id is required.", target: "actions.unassignRoles[0].roleIds" }],
    ],
    [
      "a malformed role id",
      { assignRoles: [{ email: reader.email, roleIds: [roleId(1, 1), "role-1"] }] },
      [{ code: "InvalidValue", message: "Provided role id is not valid.", target: "actions.assignRoles[0].roleIds[1]" }],
    ],
    [
      "more than 100 in an action group",
      { removeMembers: Array.from({ length: 101 }, (_, i) => ({ email: `p${i}@riverbend.example` })) },
      [{ code: "InvalidProperty", message: "Collection size exceeds maximum size.", target: "actions.removeMembers" }],
    ],
  ])("%s → 422", async (_name, actions, details) => {
    const r = await submit(actions);
    expect([r.status, r.body]).toEqual([422, job422(...details)]);
  });

  it("100 actions in a group are accepted; a body without actions names it", async () => {
    const ok = await submit({ removeMembers: Array.from({ length: 100 }, (_, i) => ({ email: `p${i}@riverbend.example` })) });
    expect(ok.status).toBe(201);
    const r = await h.api("POST", `${AC}/jobs`, { body: {} });
    expect(r.body).toEqual(job422({ code: "MissingRequiredProperty", message: "Required property is missing.", target: "actions" }));
  });

  it("needs the permissions of the change: the reader gets 403, the manager may", async () => {
    expect((await submit({ removeMembers: [{ email: outsider.email }] }, "reader")).status).toBe(403);
    expect((await submit({ assignRoles: [{ email: outsider.email, roleIds: [roleId(1, 1)] }] }, "manager")).status).toBe(201);
    expect((await h.api("POST", `/accesscontrol/itwins/${ZERO}/jobs`, { body: { actions: {} } })).status).toBe(404);
  });
});
