import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { createChangeLog, type ChangeInverse } from "./change-log";
import { createChangeLogStore } from "./change-log-storage";

const at = () => 1_700_000_000_000;

/** An undo that sends one request; the runner below records which. */
const revoke = (path: string, summary = "revoke x"): ChangeInverse => ({
  summary,
  requests: [{ op: "updateRole", params: { iTwinId: "t", roleId: path }, body: { permissions: [] } }],
});

describe("change log", () => {
  it("shows a change as sending until the server answers, then as saved", async () => {
    const log = createChangeLog(at);
    let finish!: (v: string) => void;
    const pending = log.recordChange({
      summary: "Roles: add Reader",
      target: "User member Ann",
      run: () => new Promise<string>((r) => (finish = r)),
    });
    expect(log.getSnapshot()).toMatchObject([
      { id: 1, status: "sending", summary: "Roles: add Reader", target: "User member Ann", sentAt: at() },
    ]);
    finish("ok");
    await expect(pending).resolves.toBe("ok");
    expect(log.getSnapshot()[0]!.status).toBe("saved");
  });

  it("logs a change sent elsewhere as saved, undoable like any other", async () => {
    const calls: string[] = [];
    const log = createChangeLog({ now: at, runUndo: async (inverse) => calls.push(inverse.requests[0]!.params.roleId!) });
    const entry = log.recordSaved({ summary: "Plan: Delete role Old", target: "iTwin Bridge", inverse: revoke("r-old") });
    expect(log.getSnapshot()).toEqual([
      { id: 1, summary: "Plan: Delete role Old", target: "iTwin Bridge", sentAt: at(), status: "saved", inverse: revoke("r-old") },
    ]);
    await log.undo(entry.id);
    expect(calls).toEqual(["r-old"]);
    expect(log.getSnapshot()[0]!.undoneBy).toBe(2);
  });

  it("records a failure with the server's message and correlation id, and passes the error on", async () => {
    const log = createChangeLog(at);
    const error = new ApiError({
      status: 500,
      kind: "http",
      code: "InternalServerError",
      message: "The service broke.",
      correlationId: "corr-1",
    });
    await expect(log.recordChange({ summary: "s", target: "t", run: () => Promise.reject(error) })).rejects.toBe(error);
    expect(log.getSnapshot()[0]).toMatchObject({ status: "failed", errorMessage: "The service broke.", correlationId: "corr-1" });
  });

  it("undoes a saved change by running its inverse as a new entry, once", async () => {
    const calls: string[] = [];
    const log = createChangeLog({ now: at, runUndo: async (inverse) => calls.push(`undo ${inverse.requests[0]!.params.roleId}`) });
    await log.recordChange({
      summary: "grant x",
      target: "Role A",
      run: async () => calls.push("do"),
      inverse: revoke("role-a"),
    });
    const undo = await log.undo(1);
    expect(calls).toEqual(["do", "undo role-a"]);
    expect(undo).toMatchObject({ id: 2, status: "saved", summary: "Undo: revoke x", target: "Role A", undoes: 1 });
    expect(log.getSnapshot()[0]!.undoneBy).toBe(2);
    await expect(log.undo(1)).rejects.toThrow("cannot be undone");
    expect(calls).toEqual(["do", "undo role-a"]);
  });

  it("keeps a change undoable when its undo fails, and logs the failed undo", async () => {
    const log = createChangeLog({ now: at, runUndo: () => Promise.reject(new Error("Too many requests.")) });
    await log.recordChange({ summary: "grant x", target: "Role A", run: async () => 1, inverse: revoke("role-a") });
    const undo = await log.undo(1);
    expect(undo).toMatchObject({ status: "failed", errorMessage: "Too many requests.", undoes: 1 });
    expect(log.getSnapshot()[0]!.undoneBy).toBeUndefined();
  });

  it("offers no undo for failed changes or changes without an inverse", async () => {
    const log = createChangeLog(at);
    await log
      .recordChange({
        summary: "a",
        target: "t",
        run: () => Promise.reject(new Error("no")),
        inverse: revoke("role-b", "b"),
      })
      .catch(() => undefined);
    await log.recordChange({ summary: "c", target: "t", run: async () => 0 });
    await expect(log.undo(1)).rejects.toThrow();
    await expect(log.undo(2)).rejects.toThrow();
  });

  it("gives subscribers a new snapshot on every change and none after unsubscribing", async () => {
    const log = createChangeLog(at);
    const snapshots: unknown[] = [];
    const stop = log.subscribe(() => snapshots.push(log.getSnapshot()));
    await log.recordChange({ summary: "a", target: "t", run: async () => 0 });
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]).not.toBe(snapshots[1]);
    stop();
    log.clear();
    expect(snapshots).toHaveLength(2);
    expect(log.getSnapshot()).toEqual([]);
  });

  it("works out an undo from the server's answer when it depends on it", async () => {
    const log = createChangeLog(at);
    await log.recordChange({
      summary: "Created role A",
      target: "Role A",
      run: async () => ({ id: "new-id" }),
      inverse: (created) => ({ summary: "delete A", requests: [{ op: "deleteRole", params: { iTwinId: "t", roleId: created.id } }] }),
    });
    expect(log.getSnapshot()[0]!.inverse?.requests).toEqual([{ op: "deleteRole", params: { iTwinId: "t", roleId: "new-id" } }]);
  });

  it("keeps nothing in storage before an account's session is open, and never anything in localStorage", async () => {
    const log = createChangeLog({ now: at, store: createChangeLogStore(sessionStorage) });
    await log.recordChange({ summary: "Roles: add Reader", target: "User member Ann", run: async () => 0 });
    expect(JSON.stringify({ ...localStorage })).not.toContain("Ann");
    expect(JSON.stringify({ ...sessionStorage })).not.toContain("Ann");
  });

  describe("across reloads of the signed-in session", () => {
    afterEach(() => sessionStorage.clear());
    const open = (account: string, runUndo?: (i: ChangeInverse) => Promise<unknown>) => {
      const log = createChangeLog({ now: at, store: createChangeLogStore(sessionStorage), ...(runUndo && { runUndo }) });
      log.openSession(account);
      return log;
    };

    it("shows the entries after a reload and can still undo them", async () => {
      const before = open("ada");
      await before.recordChange({ summary: "grant x", target: "Role A", run: async () => 0, inverse: revoke("role-a") });
      expect(JSON.stringify({ ...localStorage })).not.toContain("grant x");

      const sent: string[] = [];
      const after = open("ada", async (inverse) => sent.push(inverse.requests[0]!.params.roleId!));
      expect(after.getSnapshot()).toMatchObject([{ id: 1, status: "saved", summary: "grant x", target: "Role A" }]);
      const undo = await after.undo(1);
      expect(sent).toEqual(["role-a"]);
      expect(undo).toMatchObject({ id: 2, status: "saved", undoes: 1 });
      expect(open("ada").getSnapshot()[0]!.undoneBy).toBe(2);
    });

    it("never shows one account's changes to another", async () => {
      const ada = open("ada");
      await ada.recordChange({ summary: "grant x", target: "Role A", run: async () => 0 });
      ada.openSession("rita");
      expect(ada.getSnapshot()).toEqual([]);
      expect(open("rita").getSnapshot()).toEqual([]);
      expect(open("ada").getSnapshot()).toHaveLength(1);
    });

    it("forgets everything on sign-out", async () => {
      const log = open("ada");
      await log.recordChange({ summary: "grant x", target: "Role A", run: async () => 0 });
      log.endSession();
      expect(log.getSnapshot()).toEqual([]);
      expect(sessionStorage.length).toBe(0);
      expect(open("ada").getSnapshot()).toEqual([]);
    });

    it("marks a change cut off by the reload as of unknown outcome, not as saved or failed, and offers no undo", async () => {
      const before = open("ada");
      void before.recordChange({ summary: "grant x", target: "Role A", run: () => new Promise(() => {}), inverse: revoke("role-a") });
      const after = open("ada");
      expect(after.getSnapshot()[0]).toMatchObject({ status: "unknown", errorMessage: expect.stringContaining("check whether") });
      await expect(after.undo(1)).rejects.toThrow("cannot be undone");
    });
  });
});
