// Every change this console sent since sign-in — what, on what, when, and what the server said — in
// memory only (never persisted: it names people and roles, and it must end with the session). Features
// send their writes through `recordChange`, so an entry says "saved" only once the server confirmed,
// and a saved change can be undone by sending its inverse, which is logged as a change of its own.
import { isApiError } from "../api/api-error";
import { createExternalStore, useExternalStore } from "./external-store";

export type ChangeStatus = "sending" | "saved" | "failed";

export interface ChangeInverse {
  /** What undoing does, e.g. "Restore the permissions of Reader". */
  summary: string;
  run: () => Promise<unknown>;
}

export interface ChangeRequest<T> {
  /** What is changed, e.g. "Add 2 and remove 1 permission". */
  summary: string;
  /** What it is changed on, e.g. "Role Reader". */
  target: string;
  run: () => Promise<T>;
  /** How to take the change back once saved; absent when it cannot be undone. */
  inverse?: ChangeInverse;
}

export interface ChangeEntry {
  id: number;
  summary: string;
  target: string;
  /** Epoch ms when the change was sent. */
  sentAt: number;
  status: ChangeStatus;
  /** The server's (or network's) message when it failed. */
  errorMessage?: string;
  correlationId?: string;
  inverse?: ChangeInverse;
  /** The entry that undid this one, once its undo was saved. */
  undoneBy?: number;
  /** The entry this one undoes. */
  undoes?: number;
}

export interface ChangeLog {
  subscribe(listener: () => void): () => void;
  /** Newest last; a new array on every change, so it can be a useSyncExternalStore snapshot. */
  getSnapshot(): readonly ChangeEntry[];
  recordChange<T>(change: ChangeRequest<T>): Promise<T>;
  /** Sends the inverse of a saved change; resolves to the new entry's final state. */
  undo(id: number): Promise<ChangeEntry>;
  clear(): void;
}

function failureOf(error: unknown): Pick<ChangeEntry, "errorMessage" | "correlationId"> {
  const errorMessage = error instanceof Error && error.message ? error.message : "The change failed.";
  const correlationId = isApiError(error) ? error.correlationId : undefined;
  return { errorMessage, ...(correlationId !== undefined && { correlationId }) };
}

export function createChangeLog(now: () => number = Date.now): ChangeLog {
  const store = createExternalStore<readonly ChangeEntry[]>([]);
  let nextId = 1;

  const update = (id: number, patch: Partial<ChangeEntry>) =>
    store.set(store.getSnapshot().map((e) => (e.id === id ? { ...e, ...patch } : e)));
  const add = (entry: ChangeEntry) => store.set([...store.getSnapshot(), entry]);
  const find = (id: number) => store.getSnapshot().find((e) => e.id === id);

  type Outcome<T> = { id: number } & ({ ok: true; value: T } | { ok: false; error: unknown });

  async function send<T>(change: ChangeRequest<T>, undoes?: number): Promise<Outcome<T>> {
    const id = nextId++;
    add({
      id,
      summary: change.summary,
      target: change.target,
      sentAt: now(),
      status: "sending",
      ...(change.inverse && { inverse: change.inverse }),
      ...(undoes !== undefined && { undoes }),
    });
    try {
      const value = await change.run();
      update(id, { status: "saved" });
      return { id, ok: true, value };
    } catch (error) {
      update(id, { status: "failed", ...failureOf(error) });
      return { id, ok: false, error };
    }
  }

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    async recordChange(change) {
      const outcome = await send(change);
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    },
    async undo(id) {
      const original = find(id);
      const undoing = store.getSnapshot().some((e) => e.undoes === id && e.status === "sending");
      if (!original?.inverse || original.status !== "saved" || original.undoneBy !== undefined || undoing) {
        throw new Error("This change cannot be undone.");
      }
      const outcome = await send({ summary: `Undo: ${original.inverse.summary}`, target: original.target, run: original.inverse.run }, id);
      // A failed undo is its own entry with its message; the original stays undoable.
      if (outcome.ok) update(id, { undoneBy: outcome.id });
      return find(outcome.id)!;
    },
    clear() {
      store.set([]);
    },
  };
}

/** The console's one change log. */
export const changeLog: ChangeLog = createChangeLog();

/** Sends a change through the console's change log (see ChangeRequest). */
export function recordChange<T>(change: ChangeRequest<T>): Promise<T> {
  return changeLog.recordChange(change);
}

export function useChangeLog(log: ChangeLog = changeLog): readonly ChangeEntry[] {
  return useExternalStore(log);
}
