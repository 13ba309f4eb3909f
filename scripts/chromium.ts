// The Chromium that the end-to-end tests and the benchmark drive (Playwright cannot download browsers
// here, so it is the system's own): CHROMIUM_PATH, or the first `chromium` on the PATH. And the flags
// that keep it from doing work of its own while it is measured or tested on a shared machine.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "chromium");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder of the PATH.
    }
  }
  throw new Error("No Chromium found: install Debian's chromium package, or set CHROMIUM_PATH.");
}

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
