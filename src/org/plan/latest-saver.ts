// Applying a plan commits its progress after every step, from several iTwins at once: hundreds of
// commits a minute. Writing each snapshot to IndexedDB one after the other would queue writes behind
// writes (and a request that must wait for its "sending" to be stored would wait for all of them), so
// only the newest progress is written: while one write runs, the commits made meanwhile are folded into
// the next one. A commit's promise resolves once a snapshot at least as new as it is stored.
export interface LatestSaver<T> {
  /** Makes `value` the newest; resolves once it (or a newer one) is stored. */
  commit(value: T): Promise<void>;
  /** Resolves once everything committed so far is stored. */
  settled(): Promise<void>;
}

interface Waiter {
  generation: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function latestSaver<T>(save: (value: T) => Promise<void>): LatestSaver<T> {
  let latest: T | undefined;
  let committed = 0;
  let stored = 0;
  let writing = false;
  let failure: { error: unknown } | null = null;
  const waiters: Waiter[] = [];

  const wake = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (failure) w.reject(failure.error);
      else if (w.generation <= stored) w.resolve();
      else continue;
      waiters.splice(i, 1);
    }
  };

  async function write() {
    writing = true;
    try {
      while (stored < committed && !failure) {
        const generation = committed;
        try {
          await save(latest as T);
          stored = generation;
        } catch (error) {
          failure = { error };
        }
        wake();
      }
    } finally {
      writing = false;
    }
  }

  const until = (generation: number) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure.error);
      if (generation <= stored) return resolve();
      waiters.push({ generation, resolve, reject });
    });

  return {
    commit(value) {
      latest = value;
      committed += 1;
      const waiting = until(committed);
      if (!writing) void write();
      return waiting;
    },
    settled: () => until(committed),
  };
}
