import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { createChangeLog } from "./change-log";

const at = () => 1_700_000_000_000;

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
    const log = createChangeLog(at);
    const calls: string[] = [];
    await log.recordChange({
      summary: "grant x",
      target: "Role A",
      run: async () => calls.push("do"),
      inverse: { summary: "revoke x", run: async () => calls.push("undo") },
    });
    const undo = await log.undo(1);
    expect(calls).toEqual(["do", "undo"]);
    expect(undo).toMatchObject({ id: 2, status: "saved", summary: "Undo: revoke x", target: "Role A", undoes: 1 });
    expect(log.getSnapshot()[0]!.undoneBy).toBe(2);
    await expect(log.undo(1)).rejects.toThrow("cannot be undone");
    expect(calls).toEqual(["do", "undo"]);
  });

  it("keeps a change undoable when its undo fails, and logs the failed undo", async () => {
    const log = createChangeLog(at);
    await log.recordChange({
      summary: "grant x",
      target: "Role A",
      run: async () => 1,
      inverse: { summary: "revoke x", run: () => Promise.reject(new Error("Too many requests.")) },
    });
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
        inverse: { summary: "b", run: async () => 0 },
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

  it("is kept in memory only: nothing reaches localStorage or sessionStorage", async () => {
    const log = createChangeLog(at);
    await log.recordChange({ summary: "Roles: add Reader", target: "User member Ann", run: async () => 0 });
    expect(JSON.stringify({ ...localStorage })).not.toContain("Ann");
    expect(JSON.stringify({ ...sessionStorage })).not.toContain("Ann");
  });
});
