import { afterEach, describe, expect, it } from "vitest";
import { planAccessJob, type AccessAction, type AccessActionResult } from "../../api/access-jobs";
import { ROLES, member } from "./access-test-data";
import { actionsOfEntry, bulkJobPlan, byAction, failedActions, memberOutcome } from "./bulk-job";
import { forgetAllBulkJobs, loadBulkJob, saveBulkJob } from "./bulk-job-storage";
import { planMember } from "./bulk-plan";

const IT = "b0000000-0000-4000-8000-000000000001";
const alpha = member("alpha", ["r-reader"]);
const change = planMember(alpha, { add: ["r-contrib"], remove: ["r-reader"] }, ROLES);
const assign: AccessAction = { type: "assignRoles", email: "alpha@riverbend.example", roleIds: ["r-contrib"] };
const unassign: AccessAction = { type: "unassignRoles", email: "alpha@riverbend.example", roleIds: ["r-reader"] };

describe("bulk plan as job actions", () => {
  it("turns one member's additions and removals into an assignRoles and an unassignRoles action", () => {
    expect(actionsOfEntry(change)).toEqual([assign, unassign]);
  });

  it("sends only entries that change, and members without an e-mail by PATCH", () => {
    const ghost = planMember(member("ghost", ["r-reader"], { email: null }), { add: ["r-contrib"], remove: [] }, ROLES);
    const same = planMember(member("same", ["r-contrib"]), { add: ["r-contrib"], remove: [] }, ROLES);
    const plan = bulkJobPlan([change, ghost, same]);
    expect(plan.actions).toEqual([assign, unassign]);
    expect(plan.byPatch.map((e) => e.member.id)).toEqual(["u-ghost"]);
  });
});

describe("a member's outcome from its actions", () => {
  const ok = (action: AccessAction): AccessActionResult => ({ action, outcome: "succeeded", jobId: "j" });
  const bad = (action: AccessAction, error: string): AccessActionResult => ({ action, outcome: "failed", error });

  it("is saved only when the server confirmed every action of the member", () => {
    expect(memberOutcome(change, byAction([ok(assign)]), new Set())).toBeUndefined();
    expect(memberOutcome(change, byAction([ok(assign), ok(unassign)]), new Set())).toEqual({ status: "saved" });
  });

  it("is failed with the server's text when any action failed, and waiting while one is in a running job", () => {
    const results = byAction([ok(assign), bad(unassign, "Requested Role is not available.")]);
    expect(memberOutcome(change, results, new Set())).toEqual({ status: "failed", errors: ["Requested Role is not available."] });
    expect(failedActions(results)).toEqual([unassign]);
    expect(memberOutcome(change, results, new Set(["unassignRoles:alpha@riverbend.example"]))).toEqual({ status: "saving" });
  });

  it("lets a retry's result replace the earlier failure", () => {
    const results = byAction([ok(assign), bad(unassign, "no")], [ok(unassign)]);
    expect(memberOutcome(change, results, new Set())).toEqual({ status: "saved" });
    expect(failedActions(results)).toEqual([]);
  });
});

describe("the remembered bulk change", () => {
  afterEach(() => sessionStorage.clear());

  it("keeps the job state per iTwin, refuses what is not one, and is forgotten on sign-out", () => {
    const state = planAccessJob(IT, [assign]);
    saveBulkJob(IT, { version: 1, plan: [change], settled: [], state, logged: false });
    expect(loadBulkJob(IT)?.state).toEqual(state);
    expect(loadBulkJob("another-itwin")).toBeUndefined();
    sessionStorage.setItem("itwin-access-console.bulk-job.v1:broken", "{not json");
    expect(loadBulkJob("broken")).toBeUndefined();
    sessionStorage.setItem("unrelated", "kept");
    forgetAllBulkJobs();
    expect(loadBulkJob(IT)).toBeUndefined();
    expect(sessionStorage.getItem("unrelated")).toBe("kept");
  });

  it("says a PATCH cut off by a reload was never answered instead of still showing it as sending", () => {
    const state = planAccessJob(IT, []);
    saveBulkJob(IT, { version: 1, plan: [change], settled: [], state, logged: true, patched: { "u-ghost": { status: "saving" } } });
    expect(loadBulkJob(IT)?.patched).toEqual({
      "u-ghost": { status: "unknown", errors: ["The page was reloaded before the server answered: check this member's roles."] },
    });
  });
});
