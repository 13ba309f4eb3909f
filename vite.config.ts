import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";

export default defineConfig({
  plugins: [react()],
  build: {
    // redirect.html is MSAL's redirect bridge: a second entry so popup and silent flows can finish.
    rolldownOptions: {
      input: { main: resolve(import.meta.dirname, "index.html"), redirect: resolve(import.meta.dirname, "redirect.html") },
    },
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "emulator/**/*.test.ts"],
    testTimeout: 20000,
  },
});
