// Retry-After comes as delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT")
// (RFC 9110 §10.2.3). Anything else is ignored rather than guessed at: Date.parse accepts strings
// such as "1" or "Mar 1" and would turn garbage into a wait.

const DELTA_SECONDS = /^\d+(\.\d+)?$/;
// IMF-fixdate, with the weekday optional and any zone spelled GMT/UTC/Z or +0000.
const IMF_FIXDATE = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})[\s-]([A-Za-z]{3})[\s-](\d{2}|\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(GMT|UTC|Z|\+0000)$/;
// asctime: "Sun Nov  6 08:49:37 1994".
const ASCTIME = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Seconds to wait (>= 0), or undefined when the header is absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "" || text.length > 64) return undefined;

  if (DELTA_SECONDS.test(text)) {
    const seconds = Number(text);
    return Number.isFinite(seconds) ? Math.ceil(seconds) : undefined;
  }

  const at = parseHttpDate(text);
  if (at === undefined) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function parseHttpDate(text: string): number | undefined {
  const imf = IMF_FIXDATE.exec(text);
  if (imf) {
    const [, day, month, year, hour, minute, second] = imf;
    const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
    return utc(fullYear, month!, day!, hour!, minute!, second!);
  }
  const asc = ASCTIME.exec(text);
  if (asc) {
    const [, month, day, hour, minute, second, year] = asc;
    return utc(Number(year), month!, day!, hour!, minute!, second!);
  }
  return undefined;
}

function utc(year: number, monthName: string, day: string, hour: string, minute: string, second: string): number | undefined {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  const d = Number(day),
    h = Number(hour),
    m = Number(minute),
    s = Number(second);
  if (month < 0 || d < 1 || d > 31 || h > 23 || m > 59 || s > 60) return undefined;
  const ms = Date.UTC(year, month, d, h, m, s);
  return Number.isFinite(ms) ? ms : undefined;
}
