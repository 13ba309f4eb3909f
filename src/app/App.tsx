// Providers, outermost first: auth (MSAL), server state (TanStack Query), the HTTP client, theme, router.
import { useMemo } from "react";
import { MsalProvider } from "@azure/msal-react";
import type { IPublicClientApplication } from "@azure/msal-browser";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router-dom";
import type { RuntimeConfig } from "../config/runtime-config";
import { accessTokenSource } from "../auth/access-token";
import { loginScopes } from "../auth/msal-instance";
import { createHttpClient } from "../api/http-client";
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

export function App({ config, msal }: { config: RuntimeConfig; msal: IPublicClientApplication }) {
  const scopes = useMemo(() => loginScopes(config), [config]);
  const queryClient = useMemo(createQueryClient, []);
  const client = useMemo(() => {
    const tokens = accessTokenSource(msal, scopes);
    return createHttpClient({ baseUrl: config.apiBaseUrl, getAccessToken: tokens.getAccessToken, onUnauthorized: tokens.renew });
  }, [config, msal, scopes]);
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
