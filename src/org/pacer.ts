// Paces requests to a per-minute budget (the subscription tier's) with a few in flight at most: starts
// are spaced 60 000 / budget ms apart, so a full minute never exceeds the budget.
export interface Pacer {
  /** Resolves when a request may start; call the returned release when it has finished. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  setBudget(perMinute: number): void;
  readonly started: number;
}

export interface PacerOptions {
  perMinute: number;
  concurrency: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Waits `ms`, or rejects at once when the signal aborts. */
export const waitMs = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export function createPacer(options: PacerOptions): Pacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? waitMs;
  let interval = 60_000 / Math.max(1, options.perMinute);
  let nextStart = 0;
  let inFlight = 0;
  let started = 0;
  const waiters: (() => void)[] = [];

  async function slot(signal?: AbortSignal): Promise<void> {
    while (inFlight >= options.concurrency) await new Promise<void>((resolve) => waiters.push(resolve));
    inFlight += 1;
    if (signal?.aborted) {
      release();
      throw signal.reason;
    }
  }
  function release() {
    inFlight -= 1;
    waiters.shift()?.();
  }

  return {
    async acquire(signal) {
      await slot(signal);
      const at = Math.max(now(), nextStart);
      nextStart = at + interval;
      const wait = at - now();
      try {
        if (wait > 0) await sleep(wait, signal);
      } catch (error) {
        release();
        throw error;
      }
      started += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
    setBudget(perMinute) {
      interval = 60_000 / Math.max(1, perMinute);
    },
    get started() {
      return started;
    },
  };
}
