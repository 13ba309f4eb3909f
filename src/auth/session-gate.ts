// "Your session has expired": when silent renewal is impossible (the refresh token is gone or refused),
// requests do not fail — they wait here until the person signs in again through the shell's banner (a
// popup, so the page and every open editor stay as they are), then carry on with a fresh token.
// The banner reads this store with useExternalStore.
import { abortable } from "../api/abortable";
import { createExternalStore, type ReadableStore } from "../lib/external-store";

export interface SessionExpiredState {
  /** The scopes the interactive sign-in must ask for (those the waiting requests need). */
  scopes: string[];
}

export interface SessionGate extends ReadableStore<SessionExpiredState | null> {
  /** Marks the session expired (if not already) and resolves once `signedInAgain` is called; rejects after `timeoutMs`. */
  waitForSignIn(scopes: string[], timeoutMs: number, signal?: AbortSignal): Promise<void>;
  /** The interactive sign-in succeeded: every waiting request goes on. */
  signedInAgain(): void;
}

export class SignInTimedOut extends Error {
  constructor() {
    super("Nobody signed in again in time.");
  }
}

export function createSessionGate(): SessionGate {
  const store = createExternalStore<SessionExpiredState | null>(null);
  let release: (() => void) | null = null;
  let released: Promise<void> = Promise.resolve();

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    waitForSignIn(scopes, timeoutMs, signal) {
      if (!store.getSnapshot()) {
        released = new Promise<void>((resolve) => (release = resolve));
        store.set({ scopes });
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SignInTimedOut()), timeoutMs);
      });
      const waited = Promise.race([released, timeout]).finally(() => clearTimeout(timer));
      return signal ? abortable(waited, signal) : waited;
    },
    signedInAgain() {
      if (!store.getSnapshot()) return;
      release?.();
      release = null;
      store.set(null);
    },
  };
}

/** The console's one session gate: the access-token source waits on it, the shell's banner opens it. */
export const sessionGate: SessionGate = createSessionGate();
