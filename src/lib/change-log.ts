// Every change this console sent in the signed-in session — what, on what, when, and what the server
// said. Features send their writes through `recordChange`, so an entry says "saved" only once the server
// confirmed, and a saved change can be undone by sending its inverse, logged as a change of its own.
// The inverse is a description (requests + what to refresh, see undo-request.ts), not a closure, so the
// log and its undos survive a reload: they are kept in sessionStorage under the signed-in account
// (see change-log-storage.ts) and forgotten on sign-out.
import { isApiError } from "../api/api-error";
import { browserSessionStorage, createChangeLogStore, type ChangeLogStore } from "./change-log-storage";
import type { UndoDescription } from "./undo-request";
import { createExternalStore, useExternalStore } from "./external-store";

/** "unknown": the page was reloaded or closed before the server answered. */
export type ChangeStatus = "sending" | "saved" | "failed" | "unknown";

export interface ChangeInverse extends UndoDescription {
  /** What undoing does, e.g. "Restore the permissions of Reader". */
  summary: string;
}

/** Sends an undo's requests (the one HTTP client) and refreshes what it names; set by the API layer. */
export type UndoRunner = (inverse: ChangeInverse) => Promise<unknown>;

export interface ChangeRequest<T> {
  /** What is changed, e.g. "Add 2 and remove 1 permission". */
  summary: string;
  /** What it is changed on, e.g. "Role Reader". */
  target: string;
  run: () => Promise<T>;
  /** How to take the change back once saved — or, when that depends on the answer, how to work it out
   * from the answer; absent (or undefined) when it cannot be undone. */
  inverse?: ChangeInverse | ((answer: T) => ChangeInverse | undefined);
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
  /** Logs a change sent elsewhere (a plan's, with its own progress) once the server confirmed it. */
  recordSaved(change: Omit<ChangeRequest<never>, "run" | "inverse"> & { inverse?: ChangeInverse }): ChangeEntry;
  /** Sends the inverse of a saved change; resolves to the new entry's final state. */
  undo(id: number): Promise<ChangeEntry>;
  /** How undos are sent (the API layer sets it once the HTTP client exists). */
  setUndoRunner(runner: UndoRunner | undefined): void;
  /** Shows (and from now on keeps) the log of this signed-in account; another account's log is never shown. */
  openSession(account: string): void;
  /** Signing out: forgets the log, in memory and in storage. */
  endSession(): void;
  clear(): void;
}

export interface ChangeLogOptions {
  now?: () => number;
  store?: ChangeLogStore;
  runUndo?: UndoRunner;
}

const INTERRUPTED = "The page was reloaded or closed before the server answered: check whether this change was applied.";

function failureOf(error: unknown): Pick<ChangeEntry, "errorMessage" | "correlationId"> {
  const errorMessage = error instanceof Error && error.message ? error.message : "The change failed.";
  const correlationId = isApiError(error) ? error.correlationId : undefined;
  return { errorMessage, ...(correlationId !== undefined && { correlationId }) };
}

function isEntry(value: unknown): value is ChangeEntry {
  const e = value as Partial<ChangeEntry> | null;
  return (
    e !== null &&
    typeof e === "object" &&
    typeof e.id === "number" &&
    typeof e.summary === "string" &&
    typeof e.target === "string" &&
    typeof e.sentAt === "number"
  );
}

/** A stored entry still "sending" was cut off by the reload: its outcome is unknown, not failed. */
function revived(entry: ChangeEntry): ChangeEntry {
  return entry.status === "sending" ? { ...entry, status: "unknown", errorMessage: INTERRUPTED } : entry;
}

export function createChangeLog(nowOrOptions: (() => number) | ChangeLogOptions = {}): ChangeLog {
  const options: ChangeLogOptions = typeof nowOrOptions === "function" ? { now: nowOrOptions } : nowOrOptions;
  const now = options.now ?? Date.now;
  const store = options.store;
  let runUndo = options.runUndo;
  const shown = createExternalStore<readonly ChangeEntry[]>([]);
  let nextId = 1;
  let account: string | undefined;

  const changed = (entries: readonly ChangeEntry[]) => {
    if (account !== undefined) store?.save(account, { nextId, entries: [...entries] });
    shown.set(entries);
  };
  const update = (id: number, patch: Partial<ChangeEntry>) =>
    changed(shown.getSnapshot().map((e) => (e.id === id ? { ...e, ...patch } : e)));
  const add = (entry: ChangeEntry) => changed([...shown.getSnapshot(), entry]);
  const find = (id: number) => shown.getSnapshot().find((e) => e.id === id);

  type Outcome<T> = { id: number } & ({ ok: true; value: T } | { ok: false; error: unknown });

  async function send<T>(change: ChangeRequest<T>, undoes?: number): Promise<Outcome<T>> {
    const id = nextId++;
    const known = typeof change.inverse === "function" ? undefined : change.inverse;
    add({
      id,
      summary: change.summary,
      target: change.target,
      sentAt: now(),
      status: "sending",
      ...(known && { inverse: known }),
      ...(undoes !== undefined && { undoes }),
    });
    try {
      const value = await change.run();
      const inverse = typeof change.inverse === "function" ? change.inverse(value) : known;
      update(id, { status: "saved", ...(inverse && { inverse }) });
      return { id, ok: true, value };
    } catch (error) {
      update(id, { status: "failed", ...failureOf(error) });
      return { id, ok: false, error };
    }
  }

  function show(next: readonly ChangeEntry[], firstFreeId: number) {
    nextId = firstFreeId;
    shown.set(next);
  }

  return {
    subscribe: shown.subscribe,
    getSnapshot: shown.getSnapshot,
    async recordChange(change) {
      const outcome = await send(change);
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    },
    recordSaved({ summary, target, inverse }) {
      const entry: ChangeEntry = { id: nextId++, summary, target, sentAt: now(), status: "saved", ...(inverse && { inverse }) };
      add(entry);
      return entry;
    },
    async undo(id) {
      const original = find(id);
      const undoing = shown.getSnapshot().some((e) => e.undoes === id && e.status === "sending");
      if (!original?.inverse || original.status !== "saved" || original.undoneBy !== undefined || undoing) {
        throw new Error("This change cannot be undone.");
      }
      const inverse = original.inverse;
      const run = async () => {
        if (!runUndo) throw new Error("Undo is not available yet: the console is still starting.");
        return runUndo(inverse);
      };
      const outcome = await send({ summary: `Undo: ${inverse.summary}`, target: original.target, run }, id);
      // A failed undo is its own entry with its message; the original stays undoable.
      if (outcome.ok) update(id, { undoneBy: outcome.id });
      return find(outcome.id)!;
    },
    setUndoRunner(runner) {
      runUndo = runner;
    },
    openSession(next) {
      if (next === account) return;
      account = next;
      const stored = store?.load(next);
      const kept = (stored?.entries ?? []).filter(isEntry).map(revived);
      const firstFreeId = Math.max(stored?.nextId ?? 1, ...kept.map((e) => e.id + 1));
      show(kept, firstFreeId);
      if (stored) store?.save(next, { nextId, entries: kept });
    },
    endSession() {
      if (account !== undefined) store?.remove(account);
      store?.removeAll();
      account = undefined;
      show([], 1);
    },
    clear() {
      changed([]);
    },
  };
}

/** The console's one change log, kept per signed-in account in sessionStorage. */
export const changeLog: ChangeLog = createChangeLog({ store: createChangeLogStore(browserSessionStorage()) });

/** Sends a change through the console's change log (see ChangeRequest). */
export function recordChange<T>(change: ChangeRequest<T>): Promise<T> {
  return changeLog.recordChange(change);
}

export function useChangeLog(log: ChangeLog = changeLog): readonly ChangeEntry[] {
  return useExternalStore(log);
}
