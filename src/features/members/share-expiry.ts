// A share link's expiry as a person picks it: a calendar day in a native date field, from tomorrow to 90
// days ahead (the server's limit). The link stops working at the start of that day, local time, which
// keeps the last allowed day inside the server's 90 days.
const DAY = 86_400_000;
export const MAX_SHARE_DAYS = 90;

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" of the local day `days` after the day of `now`. */
export function localDay(now: number, days: number): string {
  const d = new Date(now);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The ISO date-time the server is sent for a picked day, or undefined when the day is outside the range. */
export function shareExpiration(day: string, now: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  if (!(at > now) || at > now + MAX_SHARE_DAYS * DAY) return undefined;
  return new Date(at).toISOString();
}

/** Enough of a key to tell two links apart, never the key itself. */
export function keyHint(shareKey: string): string {
  return shareKey.length > 8 ? `…${shareKey.slice(-4)}` : "…";
}
