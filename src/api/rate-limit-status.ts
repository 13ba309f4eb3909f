// The current rate-limit wait, shared by every request of the console.
// - A store the shell reads with useExternalStore to show "Rate limited — retrying in N s".
// - A gate: while a 429 wait is in force, every request waits for the same end before sending,
//   so a burst of parallel queries does not hammer the server again the moment one of them is told to wait.
import { abortable } from "./abortable";
import { createExternalStore, type ReadableStore } from "../lib/external-store";

export interface RateLimitWait {
  /** Epoch ms when requests may be sent again. */
  until: number;
  /** Which retry this wait precedes (1-based) and how many are allowed, for "attempt 2 of 4". */
  attempt: number;
  maxAttempts: number;
}

export interface RateLimitGate extends ReadableStore<RateLimitWait | null> {
  /** Resolves at once when no wait is in force, else when the wait (and any extension of it) ends. */
  whenOpen(signal?: AbortSignal): Promise<void>;
  /**
   * Puts `wait` in force — or joins the current wait when that one lasts at least as long — and
   * resolves when the gate opens again. `sleep` does the waiting (injected so tests need no timers).
   */
  hold(wait: RateLimitWait, sleep: (ms: number) => Promise<void>, now: number, signal?: AbortSignal): Promise<void>;
}

interface ActiveWait {
  wait: RateLimitWait;
  ended: Promise<void>;
}

export function createRateLimitGate(): RateLimitGate {
  let active: ActiveWait | null = null;
  // What the countdown shows: the wait in force, or null.
  const shown = createExternalStore<RateLimitWait | null>(null);

  // Loops because a wait can be replaced by a longer one while someone is waiting on it.
  async function untilOpen(): Promise<void> {
    while (active) await active.ended;
  }

  const whenOpen = (signal?: AbortSignal) => (active ? withSignal(untilOpen(), signal) : Promise.resolve());

  const hold = (wait: RateLimitWait, sleep: (ms: number) => Promise<void>, now: number, signal?: AbortSignal) => {
    if (!active || active.wait.until < wait.until) {
      const entry: ActiveWait = { wait, ended: Promise.resolve() };
      const end = () => {
        if (active === entry) {
          active = null;
          shown.set(null);
        }
      };
      entry.ended = Promise.resolve()
        .then(() => sleep(Math.max(0, wait.until - now)))
        .then(end, end);
      active = entry;
      shown.set(wait);
    }
    return withSignal(untilOpen(), signal);
  };

  return { subscribe: shown.subscribe, getSnapshot: shown.getSnapshot, whenOpen, hold };
}

function withSignal(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  return signal ? abortable(promise, signal) : promise;
}

/** Whole seconds left in a wait, for the countdown. */
export function secondsLeft(wait: RateLimitWait, now: number = Date.now()): number {
  return Math.max(0, Math.ceil((wait.until - now) / 1000));
}

/** The console's one gate: the shell subscribes to it, the HTTP client waits on it. */
export const rateLimitStatus: RateLimitGate = createRateLimitGate();
