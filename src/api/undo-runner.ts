// Sends a change log undo through the one HTTP client: its requests in order (a later one may use an
// earlier answer, see undo-request.ts), then refetches the cached lists it names — also when a request
// failed half-way, so the screen shows what the server has.
import { z } from "zod";
import type { QueryClient } from "@tanstack/react-query";
import type { UndoRunner } from "../lib/change-log";
import { resolveUndoPath } from "../lib/undo-request";
import type { HttpClient } from "./http-client";

const anyBody = z.unknown();

export function createUndoRunner(client: HttpClient, queryClient: QueryClient): UndoRunner {
  return async ({ requests, refresh = [] }) => {
    const answers: unknown[] = [];
    try {
      for (const { method, api, path, body } of requests) {
        const answer = await client.request({
          method,
          api,
          path: resolveUndoPath(path, answers),
          ...(body !== undefined && { body }),
          schema: method === "DELETE" && body === undefined ? null : anyBody,
        });
        answers.push(answer);
      }
    } finally {
      await Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    }
    return answers;
  };
}
