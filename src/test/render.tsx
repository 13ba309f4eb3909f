// Component-test harness: the real HTTP client (against MSW handlers on TEST_API), a fresh QueryClient,
// the theme and a memory router positioned on `path` matched by `route`.
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { ApiClientProvider } from "../api/client-context";
import { createHttpClient } from "../api/http-client";
import { createRateLimitGate } from "../api/rate-limit-status";
import { AppThemeProvider } from "../components/theme";

export const TEST_API = "https://api.test";
export const TEST_ITWIN_ID = "b0000000-0000-4000-8000-000000000001";

export function renderWithProviders(ui: ReactElement, opts: { path?: string; route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } } });
  const client = createHttpClient({
    baseUrl: TEST_API,
    getAccessToken: async () => "test-token",
    sleep: async () => {},
    rateLimitGate: createRateLimitGate(),
  });
  const path = opts.path ?? `/itwins/${TEST_ITWIN_ID}/page`;
  const router = createMemoryRouter(
    [
      { path: opts.route ?? "/itwins/:iTwinId/*", element: ui },
      { path: "*", element: <div>elsewhere</div> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <AppThemeProvider>
          <RouterProvider router={router} />
        </AppThemeProvider>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient, router };
}
