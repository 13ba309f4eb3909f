// End-to-end: the production build and the embedded local stack on one https origin, driven in
// the system's Chromium (Playwright cannot download browsers here). Two workers (the machine's two cores), each
// on a lane of its own: its own port and emulator state, so one worker's reset never meets the other's test.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium";

// E2E_PORT lets several suites run side by side (each builds into its own folder).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4273);
const WORKERS = Number(process.env.E2E_WORKERS ?? 2);
const outDir = process.env.E2E_PORT ? `.e2e-dist-${E2E_PORT}` : "dist";
// Playwright loads this file in every worker with the worker's lane in TEST_PARALLEL_INDEX (0 in the runner).
const LANE = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
export const E2E_ORIGIN = `https://localhost:${E2E_PORT + LANE}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_PORT ? `test-results/port-${E2E_PORT}` : "test-results",
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_ORIGIN,
    ignoreHTTPSErrors: true,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${outDir} && exec node --import tsx scripts/serve.ts --port ${E2E_PORT} --lanes ${WORKERS} --dist ${outDir}`,
    url: `https://localhost:${E2E_PORT}/config.json`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
