import { describe, expect, it } from "vitest";
import {
  conflictingRoles,
  effectiveAssignments,
  planAssignmentChanges,
  toAssignmentMap,
  withPackageRole,
  withoutPackageRoles,
} from "./assignment-diff";

const EXEC = "e0000000-0000-4000-8000-000000000001";
const READ = "e0000000-0000-4000-8000-000000000002";
const R1 = "r1";
const R2 = "r2";
const R3 = "r3";

const map = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe("toAssignmentMap", () => {
  it("keys iTwin roles and package roles by lower-cased id and skips roles with no package roles", () => {
    const m = toAssignmentMap([
      { iTwinRoleId: "AB", iTwinRoleName: "A", packageRoles: [{ packageRoleId: "X1", packageRoleName: "x" }] },
      { iTwinRoleId: "cd", iTwinRoleName: "C", packageRoles: [] },
    ]);
    expect([...m.keys()]).toEqual(["ab"]);
    expect([...m.get("ab")!]).toEqual(["x1"]);
  });
});

describe("planAssignmentChanges", () => {
  it("sends a POST with only the new package roles when a role without any gains some", () => {
    const base = map({});
    const overrides = withPackageRole(base, new Map(), [R1, R2], EXEC, true);
    const plan = planAssignmentChanges(base, overrides);
    expect(plan.post).toEqual({
      assignments: [
        { iTwinRoleId: R1, packageRoleIds: [EXEC] },
        { iTwinRoleId: R2, packageRoleIds: [EXEC] },
      ],
    });
    expect(plan.patch).toBeUndefined();
    expect(plan.remove).toBeUndefined();
  });

  it("sends a POST with the added package role only when a role keeps what it had and gains more", () => {
    const base = map({ [R1]: [EXEC] });
    const plan = planAssignmentChanges(base, withPackageRole(base, new Map(), [R1], READ, true));
    expect(plan.post).toEqual({ assignments: [{ iTwinRoleId: R1, packageRoleIds: [READ] }] });
    expect(plan.changes[0]).toMatchObject({ kind: "add", before: [EXEC], after: [EXEC, READ].sort() });
  });

  it("sends a PATCH with the whole new set when a role loses some package roles but keeps others", () => {
    const base = map({ [R1]: [EXEC] });
    let overrides = withPackageRole(base, new Map(), [R1], READ, true);
    overrides = withPackageRole(base, overrides, [R1], EXEC, false);
    const plan = planAssignmentChanges(base, overrides);
    expect(plan.patch).toEqual({ assignments: [{ iTwinRoleId: R1, packageRoleIds: [READ] }] });
    expect(plan.post).toBeUndefined();
  });

  it("sends a DELETE naming the roles that lose every package role", () => {
    const base = map({ [R1]: [EXEC], [R2]: [EXEC, READ], [R3]: [READ] });
    const overrides = withoutPackageRoles(base, new Map(), [R2, R1]);
    const plan = planAssignmentChanges(base, overrides);
    expect(plan.remove).toEqual({ iTwinRoleIds: [R1, R2] });
    expect(plan.post).toBeUndefined();
    expect(plan.patch).toBeUndefined();
  });

  it("produces all three bodies when one set of edits adds, replaces and removes", () => {
    const base = map({ [R2]: [EXEC, READ], [R3]: [READ] });
    let overrides = withPackageRole(base, new Map(), [R1], EXEC, true);
    overrides = withPackageRole(base, overrides, [R2], READ, false);
    overrides = withoutPackageRoles(base, overrides, [R3]);
    const plan = planAssignmentChanges(base, overrides);
    expect(plan.post).toEqual({ assignments: [{ iTwinRoleId: R1, packageRoleIds: [EXEC] }] });
    expect(plan.patch).toEqual({ assignments: [{ iTwinRoleId: R2, packageRoleIds: [EXEC] }] });
    expect(plan.remove).toEqual({ iTwinRoleIds: [R3] });
    expect(plan.changes.map((c) => c.kind)).toEqual(["add", "replace", "remove"]);
  });

  it("has nothing to send when an edit is undone", () => {
    const base = map({ [R1]: [EXEC] });
    let overrides = withPackageRole(base, new Map(), [R1], EXEC, false);
    overrides = withPackageRole(base, overrides, [R1], EXEC, true);
    expect(overrides.size).toBe(0);
    expect(planAssignmentChanges(base, overrides)).toEqual({ changes: [] });
  });

  it("compares ids case-insensitively", () => {
    const base = toAssignmentMap([{ iTwinRoleId: "R1", packageRoles: [{ packageRoleId: EXEC.toUpperCase() }] }]);
    expect(planAssignmentChanges(base, withPackageRole(base, new Map(), ["r1"], EXEC, true)).changes).toEqual([]);
  });
});

describe("effectiveAssignments", () => {
  it("lays the edits over the server's assignments without touching other roles", () => {
    const base = map({ [R1]: [EXEC], [R2]: [EXEC] });
    const effective = effectiveAssignments(base, withoutPackageRoles(base, new Map(), [R1]));
    expect([...effective.keys()]).toEqual([R2]);
  });
});

describe("conflictingRoles", () => {
  it("names the edited roles whose server state changed since editing began, ignoring untouched roles", () => {
    const editedFrom = map({ [R1]: [EXEC], [R2]: [] });
    const fresh = map({ [R1]: [EXEC], [R2]: [READ], [R3]: [EXEC] });
    expect(conflictingRoles(editedFrom, fresh)).toEqual([R2]);
  });
});
