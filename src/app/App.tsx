// Providers, outermost first: auth (MSAL), server state (TanStack Query), the HTTP client, theme, router.
// The query client and the HTTP client are made before the first render (createAppServices), so the
// first screen's requests can start while React is still rendering the shell.
import { useMemo } from "react";
import { MsalProvider } from "@azure/msal-react";
import type { IPublicClientApplication } from "@azure/msal-browser";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router-dom";
import type { RuntimeConfig } from "../config/runtime-config";
import { setConfiguredBudget } from "../org/budget";
import { accessTokenSource } from "../auth/access-token";
import { loginScopes } from "../auth/msal-instance";
import { createHttpClient, type HttpClient } from "../api/http-client";
import { ApiClientProvider } from "../api/client-context";
import { AppThemeProvider } from "../components/theme";
import { createRouter } from "./router";

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // The HTTP client already retries what is safe to retry (429, reads on 5xx/network errors).
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

export interface AppServices {
  scopes: string[];
  queryClient: QueryClient;
  client: HttpClient;
  /** The access token the requests use (shared by the requests that start together). */
  getAccessToken: () => Promise<string>;
}

export function createAppServices(config: RuntimeConfig, msal: IPublicClientApplication): AppServices {
  const scopes = loginScopes(config);
  const tokens = accessTokenSource(msal, scopes);
  setConfiguredBudget(config.requestsPerMinute);
  const client = createHttpClient({ baseUrl: config.apiBaseUrl, getAccessToken: tokens.getAccessToken, onUnauthorized: tokens.renew });
  return { scopes, queryClient: createQueryClient(), client, getAccessToken: tokens.getAccessToken };
}

export function App({ config, msal, services }: { config: RuntimeConfig; msal: IPublicClientApplication; services: AppServices }) {
  const { scopes, queryClient, client } = services;
  const router = useMemo(() => createRouter({ scopes, postLogoutRedirectUri: config.postLogoutRedirectUri }), [scopes, config]);
  return (
    <MsalProvider instance={msal}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={client}>
          <AppThemeProvider>
            <RouterProvider router={router} />
          </AppThemeProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </MsalProvider>
  );
}
