import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";

/** The entry modules stay in their entry chunks (index.html and redirect.html name them). */
const ENTRY_MODULES = /([\\/]src[\\/](main\.tsx|redirect\.ts)|\.html|modulepreload-polyfill.*)$/;

export default defineConfig({
  plugins: [react()],
  build: {
    // redirect.html is MSAL's redirect bridge: a second entry so popup and silent flows can finish.
    rolldownOptions: {
      input: { main: resolve(import.meta.dirname, "index.html"), redirect: resolve(import.meta.dirname, "redirect.html") },
      output: {
        codeSplitting: {
          // Everything the first screen imports statically in one chunk, not spread over many small
          // chunks that lazily loaded parts happen to share too; the redirect bridge (redirect.html)
          // keeps its own small share of MSAL.
          groups: [
            { name: "msal-bridge", test: /msal-browser[\\/]dist[\\/]redirect_bridge/, priority: 2 },
            { name: "shell", tags: ["$initial"], test: (id) => !ENTRY_MODULES.test(id), priority: 1 },
          ],
        },
      },
    },
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "emulator/**/*.test.ts"],
    testTimeout: 20000,
    // Vitest leaves one core to its main process by default, which on a two-core machine halves the run;
    // the main process only gathers results, so every core runs tests.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
