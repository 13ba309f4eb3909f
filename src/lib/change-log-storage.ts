// Where the change log is kept between reloads: sessionStorage (never localStorage or IndexedDB — it
// names people and roles and must end with the session), one item per signed-in account, so a reload or
// a duplicated tab of the same session shows it and another account never does.
const PREFIX = "itwin-access-console.change-log.v1:";

/** The entries are checked by the change log itself, which knows their shape. */
export interface StoredChangeLog {
  nextId: number;
  entries: unknown[];
}

export interface ChangeLogStore {
  load(account: string): StoredChangeLog | undefined;
  save(account: string, log: StoredChangeLog): void;
  remove(account: string): void;
  /** Forgets every account's log (after signing out, when the account is no longer known). */
  removeAll(): void;
}

function isStoredLog(value: unknown): value is StoredChangeLog {
  if (value === null || typeof value !== "object") return false;
  const { nextId, entries } = value as Partial<StoredChangeLog>;
  return typeof nextId === "number" && Array.isArray(entries);
}

export function createChangeLogStore(storage: Storage | undefined): ChangeLogStore {
  const guarded = (fn: (s: Storage) => void) => {
    if (!storage) return;
    try {
      fn(storage);
    } catch {
      // A full or disabled storage costs the log its survival across reloads, nothing more.
    }
  };
  return {
    load(account) {
      let stored: StoredChangeLog | undefined;
      guarded((s) => {
        const text = s.getItem(PREFIX + account);
        const parsed: unknown = text ? JSON.parse(text) : undefined;
        if (isStoredLog(parsed)) stored = parsed;
      });
      return stored;
    },
    save: (account, log) => guarded((s) => s.setItem(PREFIX + account, JSON.stringify(log))),
    remove: (account) => guarded((s) => s.removeItem(PREFIX + account)),
    removeAll: () =>
      guarded((s) => {
        const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k?.startsWith(PREFIX) === true);
        keys.forEach((k) => s.removeItem(k));
      }),
  };
}

export const browserSessionStorage = (): Storage | undefined => (typeof sessionStorage === "undefined" ? undefined : sessionStorage);
