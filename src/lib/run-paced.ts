// Runs many requests with at most `concurrency` in flight, so a bulk change or a matrix save does not
// flood the API. Each item settles on its own: one failure never stops the others.
// A 429 is waited out by the HTTP client's shared gate: every in-flight request pauses, none fails.
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export async function runPaced<T, R>(
  items: readonly T[],
  worker: (item: T) => Promise<R>,
  opts: { concurrency: number; onStart?: (item: T) => void; onSettled?: (item: T, result: Settled<R>) => void },
): Promise<Settled<R>[]> {
  const results: Settled<R>[] = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      opts.onStart?.(item);
      try {
        results[i] = { ok: true, value: await worker(item) };
      } catch (error) {
        results[i] = { ok: false, error };
      }
      opts.onSettled?.(item, results[i]!);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, items.length)) }, lane));
  return results;
}
