// Where the access reviews' screen keeps its place in this tab (the open review, the filter and line,
// a review being started, a new review's draft): sessionStorage items under one prefix, removed on
// sign-out with the reviews themselves, as they name people and iTwins.
const PREFIX = "itwin-access-review:";

export const reviewSessionKey = (name: string) => `${PREFIX}${name}`;

export function readReviewSession(name: string): unknown {
  try {
    const raw = globalThis.sessionStorage?.getItem(reviewSessionKey(name));
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

export function writeReviewSession(name: string, value: unknown): void {
  if (value === null || value === undefined) globalThis.sessionStorage?.removeItem(reviewSessionKey(name));
  else globalThis.sessionStorage?.setItem(reviewSessionKey(name), JSON.stringify(value));
}

export function forgetReviewSession(): void {
  const storage = globalThis.sessionStorage;
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith(PREFIX)) storage.removeItem(key);
}
