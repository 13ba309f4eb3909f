// Makes the one HTTP client available to every feature's hooks, and lets the change log send undos
// through it (undos are stored as descriptions, so they need the client of the page that undoes).
import { createContext, useContext, useEffect, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { changeLog } from "../lib/change-log";
import type { HttpClient } from "./http-client";
import { createUndoRunner } from "./undo-runner";

export type { HttpClient };

const ApiClientContext = createContext<HttpClient | null>(null);

export function ApiClientProvider({ client, children }: { client: HttpClient; children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    changeLog.setUndoRunner(createUndoRunner(client, queryClient));
    return () => changeLog.setUndoRunner(undefined);
  }, [client, queryClient]);
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): HttpClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error("useApiClient outside ApiClientProvider");
  return client;
}
