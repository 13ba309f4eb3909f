// The sign-in waterfall: every request and chunk the page started (from Chromium's DevTools protocol),
// the console's own boot marks (performance.mark "console:…"), and the moment the matrix painted, all in
// ms from pressing "Sign in". Each entry names what it waited for: the request, chunk or mark that
// finished last before it started (for what the HTML parser started, the document; never the favicon
// or a write, which nothing waits for). Following that from the painted matrix back to the start gives
// the critical path.
import type { CDPSession, Page } from "@playwright/test";

export type EntryKind = "document" | "script" | "api" | "idp" | "config" | "other" | "mark" | "paint";

export interface WaterfallEntry {
  id: number;
  name: string;
  kind: EntryKind;
  start: number;
  end: number;
  status?: number;
  /** The id of the entry this one waited for (none for the first). */
  waitedFor?: number;
}

export interface Waterfall {
  entries: WaterfallEntry[];
  /** Entry ids from the first to the matrix paint. */
  criticalPath: number[];
  /** ms from pressing "Sign in" to the request of the console's first script (after the redirect). */
  consoleFirstScript?: number;
}

interface Raw {
  id: string;
  url: string;
  method: string;
  type: string;
  start: number;
  end?: number;
  status?: number;
  parser: boolean;
}

function shortName(url: string): string {
  try {
    const u = new URL(url);
    const query = u.search.length > 48 ? `${u.search.slice(0, 47)}…` : u.search;
    return `${u.pathname}${query}`;
  } catch {
    return url.slice(0, 80);
  }
}

function kindOf(r: Raw): EntryKind {
  const path = shortName(r.url);
  if (r.type === "Document") return "document";
  if (path.startsWith("/idp")) return "idp";
  if (path.startsWith("/api/")) return "api";
  if (path.startsWith("/config.json")) return "config";
  if (r.type === "Script" || path.endsWith(".js")) return "script";
  return "other";
}

/** Starts recording the page's network through CDP; `finish` adds the marks and the paint and links them. */
export async function recordWaterfall(page: Page): Promise<{ finish(t0: number, paintEpoch: number): Promise<Waterfall> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const raws = new Map<string, Raw>();
  const done: Raw[] = [];
  let offset: number | undefined; // epoch ms − monotonic ms
  const epoch = (ts: number) => ts * 1000 + (offset ?? 0);
  cdp.on("Network.requestWillBeSent", (e) => {
    if (offset === undefined) offset = e.wallTime * 1000 - e.timestamp * 1000;
    const previous = raws.get(e.requestId);
    // A redirect reuses the id: the hop so far is one entry, the next hop another.
    if (previous && e.redirectResponse) {
      previous.end = epoch(e.timestamp);
      previous.status = e.redirectResponse.status;
      done.push(previous);
    }
    if (e.request.url.startsWith("data:")) return;
    raws.set(e.requestId, {
      id: e.requestId,
      url: e.request.url,
      method: e.request.method,
      type: e.type ?? "Other",
      start: epoch(e.timestamp),
      parser: e.initiator.type === "parser" || e.initiator.type === "preload",
    });
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = raws.get(e.requestId);
    if (r) r.status = e.response.status;
  });
  const close = (id: string, ts: number) => {
    const r = raws.get(id);
    if (!r) return;
    r.end = epoch(ts);
    done.push(r);
    raws.delete(id);
  };
  cdp.on("Network.loadingFinished", (e) => close(e.requestId, e.timestamp));
  cdp.on("Network.loadingFailed", (e) => close(e.requestId, e.timestamp));
  await cdp.send("Network.enable");

  return {
    async finish(t0, paintEpoch) {
      const marks = (await page.evaluate(`(() => performance.getEntriesByType("mark")
        .filter((m) => m.name.startsWith("console:"))
        .map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime })))()`)) as { name: string; at: number }[];
      await cdp.detach().catch(() => undefined);
      const entries: (WaterfallEntry & { parser?: boolean })[] = [];
      const all = [...done, ...raws.values()].filter((r) => r.start >= t0 - 50 && r.start <= paintEpoch);
      for (const r of all) {
        const end = r.end ?? paintEpoch;
        entries.push({
          id: 0,
          name: `${r.method === "GET" ? "" : `${r.method} `}${shortName(r.url)}`,
          kind: kindOf(r),
          start: r.start - t0,
          end: Math.min(end, paintEpoch) - t0,
          ...(r.status ? { status: r.status } : {}),
          parser: r.parser,
        });
      }
      for (const m of marks) {
        if (m.at < t0 - 50 || m.at > paintEpoch) continue;
        entries.push({ id: 0, name: m.name, kind: "mark", start: m.at - t0, end: m.at - t0 });
      }
      entries.push({ id: 0, name: "roles matrix painted", kind: "paint", start: paintEpoch - t0, end: paintEpoch - t0 });
      entries.sort((a, b) => a.start - b.start || a.end - b.end);
      entries.forEach((e, i) => (e.id = i + 1));
      for (const e of entries) {
        const waited = waitedFor(e, entries);
        if (waited) e.waitedFor = waited.id;
      }
      const byId = new Map(entries.map((e) => [e.id, e]));
      const path: number[] = [];
      for (let e = entries[entries.length - 1]; e; e = e.waitedFor ? byId.get(e.waitedFor) : undefined) path.unshift(e.id);
      const lastDocument = [...entries]
        .reverse()
        .find((e) => e.kind === "document" && !e.name.startsWith("/idp") && !e.name.startsWith("/redirect"));
      const firstScript = lastDocument ? entries.find((e) => e.kind === "script" && e.start >= lastDocument.start) : undefined;
      const round = (n: number) => Math.round(n * 10) / 10;
      return {
        entries: entries.map(({ parser: _parser, ...e }) => ({ ...e, start: round(e.start), end: round(e.end) })),
        criticalPath: path,
        ...(firstScript ? { consoleFirstScript: round(firstScript.start) } : {}),
      };
    },
  };
}

/** What the parser started waited for its document; anything else for what finished last before it began. */
function waitedFor(e: WaterfallEntry & { parser?: boolean }, entries: readonly (WaterfallEntry & { parser?: boolean })[]) {
  if (e.parser) {
    const doc = entries.filter((d) => d.kind === "document" && d.start <= e.start && d !== e).pop();
    if (doc) return doc;
  }
  let best: WaterfallEntry | undefined;
  for (const x of entries) {
    if (x === e || x.end > e.start + 0.5 || x.start > e.start) continue;
    // Nothing waits for these: the browser's own favicon, and writes the console sends without waiting.
    if (x.kind === "paint" || x.kind === "other" || (x.kind === "api" && /^(POST|PUT|PATCH|DELETE) /.test(x.name))) continue;
    if (!best || x.end > best.end || (x.end === best.end && x.start > best.start)) best = x;
  }
  return best;
}

/** The critical path as printable lines: start–end, what, and the gap after what it waited for. */
export function criticalPathLines(w: Waterfall): string[] {
  const byId = new Map(w.entries.map((e) => [e.id, e]));
  const lines: string[] = [];
  let previous: WaterfallEntry | undefined;
  for (const id of w.criticalPath) {
    const e = byId.get(id)!;
    const span = e.end > e.start ? `${fmt(e.start)} – ${fmt(e.end)}` : `${fmt(e.start)}`.padStart(15);
    const gap = previous ? e.start - previous.end : 0;
    const waited = previous ? `  (+${Math.max(0, Math.round(gap))} ms after #${previous.id})` : "";
    lines.push(
      `    #${String(id).padEnd(3)} ${span.padStart(15)} ms  ${e.kind.padEnd(8)} ${e.name}${e.status ? ` ${e.status}` : ""}${waited}`,
    );
    previous = e;
  }
  return lines;
}

const fmt = (n: number) => String(Math.round(n)).padStart(6);
