// Shared by the scenarios: in-page timing (event timestamp → the frame after the DOM shows the result),
// the emulator's request log, waiting for the network to go quiet, and signing in.
import type { BrowserContext, Page } from "@playwright/test";
import { request } from "node:https";
import { demoUser, type DemoUserKey } from "../../emulator/demo-users.ts";

export const MATRIX = '[data-testid="permission-matrix"]';
export const MATRIX_CELL = `${MATRIX} [role="checkbox"]`;

/** A measurement that cannot be taken: the figure then reads "n/a (reason)". */
export class NotMeasurable extends Error {}

/** What the DOM must show for a measurement to end. Data, not code: the console's CSP forbids eval. */
export interface DomCondition {
  selector: string;
  /** textContent of the matched element must match this regular expression. */
  text?: string;
  /** Every element matching this selector must be absent. */
  absent?: string;
}

/**
 * Installed in every document: records (as epoch ms, since navigation between the IdP and the console
 * restarts the page clock) when the roles matrix first has painted cells. Also exposes the watcher the
 * scenarios arm before an action.
 */
export const INIT_SCRIPT = `(() => {
  const afterPaint = (cb) => requestAnimationFrame(() => setTimeout(cb, 0));
  const matches = (c) => {
    if (c.absent && document.querySelector(c.absent)) return false;
    for (const el of document.querySelectorAll(c.selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (c.text && !new RegExp(c.text).test(el.textContent || "")) continue;
      return true;
    }
    return false;
  };
  window.__bench = {
    matrixPaintEpoch: null,
    // Arms a watch: the next event of eventType (capture phase, so before the app sees it) starts the
    // clock; the first frame painted after the condition holds stops it.
    arm(eventType, condition, timeoutMs) {
      let start = null;
      const onEvent = (e) => { if (start === null) start = e.timeStamp; };
      window.addEventListener(eventType, onEvent, true);
      this.pending = new Promise((resolve) => {
        const finish = (value) => { observer.disconnect(); clearTimeout(timer); window.removeEventListener(eventType, onEvent, true); resolve(value); };
        const check = () => {
          if (start === null || !matches(condition)) return;
          observer.disconnect();
          window.__bench.lastStart = start;
          afterPaint(() => finish({ ms: performance.now() - start }));
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const timer = setTimeout(() => finish({ error: start === null ? "the action never happened" : "timed out waiting for " + JSON.stringify(condition) }), timeoutMs);
      });
    },
  };
  const watchMatrix = () => {
    const check = () => {
      if (!matches({ selector: ${JSON.stringify(MATRIX_CELL)} })) return;
      observer.disconnect();
      afterPaint(() => { window.__bench.matrixPaintEpoch = performance.timeOrigin + performance.now(); });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true });
  };
  if (document.documentElement) watchMatrix(); else addEventListener("DOMContentLoaded", watchMatrix);
})();`;

export async function newBenchContext(browserContext: () => Promise<BrowserContext>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browserContext();
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
  return { context, page };
}

/** Arms the watcher, performs the action, and returns ms from the action's event to the painted result. */
export async function timeAction(
  page: Page,
  eventType: string,
  condition: DomCondition,
  action: () => Promise<void>,
  timeoutMs = 30_000,
): Promise<number> {
  await page.evaluate(([t, c, ms]) => (window as unknown as BenchWindow).__bench.arm(t as string, c as DomCondition, ms as number), [
    eventType,
    condition,
    timeoutMs,
  ] as const);
  await action();
  const result = await page.evaluate(() => (window as unknown as BenchWindow).__bench.pending);
  if ("error" in result) throw new NotMeasurable(result.error);
  return result.ms;
}

/** Network fetched during the last timed action, relative to its start (ms): where the time went. */
export async function resourcesOfLastAction(page: Page): Promise<{ name: string; start: number; end: number }[]> {
  const list = await page.evaluate(`(() => {
    const t0 = window.__bench.lastStart ?? 0;
    return performance.getEntriesByType("resource").filter((e) => e.startTime >= t0 - 1).map((e) => ({
      name: e.name.replace(location.origin, "").replace(/[?].*$/, (q) => q.slice(0, 40)),
      start: Math.round(e.startTime - t0),
      end: Math.round(e.responseEnd - t0),
    }));
  })()`);
  return list as { name: string; start: number; end: number }[];
}

interface BenchWindow {
  __bench: {
    arm(t: string, c: DomCondition, ms: number): void;
    pending: Promise<{ ms: number } | { error: string }>;
    matrixPaintEpoch: number | null;
  };
}

export async function matrixPaintEpoch(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.matrixPaintEpoch ?? null, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
  return (await handle.jsonValue()) as number;
}

/** Resolves when no request of this page has been in flight for `quietMs`. */
export function networkQuiet(page: Page, quietMs = 500, timeoutMs = 30_000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const onStart = () => {
    inFlight += 1;
    last = Date.now();
  };
  const onEnd = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on("request", onStart);
  page.on("requestfinished", onEnd);
  page.on("requestfailed", onEnd);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const done = inFlight === 0 && Date.now() - last >= quietMs;
      const late = Date.now() - started > timeoutMs;
      if (!done && !late) return;
      clearInterval(timer);
      page.off("request", onStart);
      page.off("requestfinished", onEnd);
      page.off("requestfailed", onEnd);
      if (done) resolve();
      else reject(new Error(`network still busy after ${timeoutMs / 1000} s`));
    }, 50);
  });
}

/** Fills the IdP's login form; returns once the console's shell shows (consenting if asked). */
export async function signIn(page: Page, who: DemoUserKey, timeoutMs = 30_000): Promise<number> {
  const user = demoUser(who);
  await page.getByLabel("Email").waitFor({ timeout: timeoutMs });
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const start = Date.now();
  await page.getByRole("button", { name: "Sign in" }).click();
  const allow = page.getByRole("button", { name: "Allow" });
  const shell = page.getByTestId("user-menu-button");
  await allow.or(shell).first().waitFor({ timeout: timeoutMs });
  if (await allow.isVisible()) await allow.click();
  return start;
}

// ---- the emulator's controls ---------------------------------------------------------------------

import { emulatorControls, type ControlTransport, type EmulatorControls, type LoggedRequest } from "../../emulator/api/control-client";
export type { LoggedRequest };

/** The typed control client over node https (the bench's stack has a self-signed certificate). */
function httpsTransport(origin: string): ControlTransport {
  return (method, path, body) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        `${origin}/__emulator${path}`,
        { method, rejectUnauthorized: false, timeout: 60_000, headers: payload ? { "content-type": "application/json" } : {} },
        (res) => {
          let text = "";
          res.on("data", (d: Buffer) => (text += d.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as unknown) : null }));
        },
      );
      req.on("error", reject);
      req.on("timeout", () => req.destroy(new Error(`${method} /__emulator${path} timed out`)));
      req.end(payload);
    });
}

export function emulator(origin: string): EmulatorControls {
  return emulatorControls(httpsTransport(origin));
}

export async function resetEmulator(origin: string, preset: "demo" | "large"): Promise<void> {
  await emulator(origin).resetAll(preset);
}

export async function lastRequestSeq(origin: string): Promise<number> {
  return (await emulator(origin).state()).lastRequestSeq;
}

export async function requestsSince(origin: string, seq: number): Promise<LoggedRequest[]> {
  return (await emulator(origin).requests(seq)).requests;
}
