// Makes the one HTTP client available to every feature's hooks.
import { createContext, useContext, type ReactNode } from "react";
import type { HttpClient } from "./http-client";

export type { HttpClient };

const ApiClientContext = createContext<HttpClient | null>(null);

export function ApiClientProvider({ client, children }: { client: HttpClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): HttpClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error("useApiClient outside ApiClientProvider");
  return client;
}
