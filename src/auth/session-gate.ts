// "Your session has expired": when silent renewal is impossible (the refresh token is gone or refused),
// requests do not fail — they wait here until the person signs in again through the shell's banner (a
// popup, so the page and every open editor stay as they are), then carry on with a fresh token.
// The banner reads this store with useSyncExternalStore.
import { abortable } from "../api/abortable";

export interface SessionExpiredState {
  /** The scopes the interactive sign-in must ask for (those the waiting requests need). */
  scopes: string[];
}

export interface SessionGate {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SessionExpiredState | null;
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
  let state: SessionExpiredState | null = null;
  let release: (() => void) | null = null;
  let released: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => state,
    waitForSignIn(scopes, timeoutMs, signal) {
      if (!state) {
        state = { scopes };
        released = new Promise<void>((resolve) => (release = resolve));
        emit();
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SignInTimedOut()), timeoutMs);
      });
      const waited = Promise.race([released, timeout]).finally(() => clearTimeout(timer));
      return signal ? abortable(waited, signal) : waited;
    },
    signedInAgain() {
      if (!state) return;
      state = null;
      release?.();
      release = null;
      emit();
    },
  };
}

/** The console's one session gate: the access-token source waits on it, the shell's banner opens it. */
export const sessionGate: SessionGate = createSessionGate();
