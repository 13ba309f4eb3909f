// MSW server for component tests: each test file adds the handlers it needs with server.use(...).
import { afterAll, afterEach, beforeAll } from "vitest";
import { setupServer } from "msw/node";

export const server = setupServer();

// Not a React hook: it registers this file's Vitest lifecycle (listen, reset between tests, close).
export function installMswServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
