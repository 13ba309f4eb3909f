// Sends a change log undo through the one HTTP client: its catalogue operations in order (a later one
// may use an earlier answer, see undo-request.ts), then refetches the cached lists it names — also when
// a request failed half-way, so the screen shows what the server has: what each operation makes stale
// (its resources in the catalogue).
import type { QueryClient } from "@tanstack/react-query";
import type { UndoRunner } from "../lib/change-log";
import { resolveUndoParams } from "../lib/undo-request";
import type { HttpClient } from "./http-client";
import { allOperations } from "./operations/catalogue";
import type { AnyOperation } from "./operations/define";
import { invalidateAfter } from "./operation-queries";

const byName = new Map<string, AnyOperation>(allOperations.map((op) => [op.name, op]));

export function createUndoRunner(client: HttpClient, queryClient: QueryClient): UndoRunner {
  return async ({ requests, refresh = [] }) => {
    const answers: unknown[] = [];
    const sent: { op: AnyOperation; params: Record<string, string> }[] = [];
    try {
      for (const { op: name, params, body } of requests) {
        const op = byName.get(name);
        if (!op) throw new Error(`This undo names an operation the console does not know (${name}).`);
        const resolved = resolveUndoParams(params, answers);
        sent.push({ op, params: resolved });
        answers.push(await client.request(op, resolved as never, body !== undefined ? { body: body as never } : {}));
      }
    } finally {
      // What each operation makes stale (its catalogue resources), plus anything the undo names itself.
      await Promise.all([
        ...sent.map(({ op, params }) => invalidateAfter(queryClient, op, params as never)),
        ...refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ]);
    }
    return answers;
  };
}
