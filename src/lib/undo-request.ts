// What undoing a change sends, as data rather than a closure, so the change log can keep it in
// sessionStorage and undo after a reload: the requests in order, and the cached lists to refresh after.
// A later request may name a value from an earlier answer (a re-created role's new id) as
// `{answer0.role.id}` in its path: answer N, then the property path into it.
import type { ApiName, HttpMethod } from "../api/http-client";

export interface UndoRequest {
  method: Exclude<HttpMethod, "GET" | "HEAD">;
  api: ApiName;
  path: string;
  body?: unknown;
}

export interface UndoDescription {
  requests: UndoRequest[];
  /** Query-key prefixes to refetch once the undo was sent (or failed half-way). */
  refresh?: (readonly unknown[])[];
}

const PLACEHOLDER = /\{answer(\d+)((?:\.[A-Za-z0-9_]+)+)\}/g;

/** The request's path with `{answerN.a.b}` replaced by that value of the N-th answer (URL-encoded). */
export function resolveUndoPath(path: string, answers: readonly unknown[]): string {
  return path.replace(PLACEHOLDER, (_match, index: string, pointer: string) => {
    let value: unknown = answers[Number(index)];
    for (const key of pointer.slice(1).split(".")) {
      value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    }
    if (typeof value !== "string" && typeof value !== "number") throw new Error("The undo needs a value the server did not return.");
    return encodeURIComponent(String(value));
  });
}
