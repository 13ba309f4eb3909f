// What undoing a change sends, as data rather than a closure, so the change log can keep it in
// sessionStorage and undo after a reload: operations of the catalogue (by name) with their parameters
// and body, in order, and the cached lists to refresh afterwards. A parameter may name a value from an
// earlier answer (a re-created role's new id) as `{answer0.role.id}`: answer N, then the property path.
import type { AnyOperation, BodyOf, ParamsOf } from "../api/operations/define";

export interface UndoRequest {
  /** The operation's name in the catalogue (`src/api/operations`), e.g. "updateRole". */
  op: string;
  params: Record<string, string>;
  body?: unknown;
}

export interface UndoDescription {
  requests: UndoRequest[];
  /** Query-key prefixes to refetch once the undo was sent (or failed half-way). */
  refresh?: (readonly unknown[])[];
}

/** One catalogue operation as an undo step, typed like a call of the client. */
export function undoRequest<O extends AnyOperation>(op: O, params: ParamsOf<O>, body?: BodyOf<O>): UndoRequest {
  return { op: op.name, params: params as Record<string, string>, ...(body !== undefined && { body }) };
}

const PLACEHOLDER = /^\{answer(\d+)((?:\.[A-Za-z0-9_]+)+)\}$/;

/** The parameters with each `{answerN.a.b}` replaced by that value of the N-th answer. */
export function resolveUndoParams(params: Record<string, string>, answers: readonly unknown[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, raw]) => {
      const match = PLACEHOLDER.exec(raw);
      if (!match) return [name, raw];
      let value: unknown = answers[Number(match[1])];
      for (const key of match[2]!.slice(1).split(".")) {
        value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
      }
      if (typeof value !== "string" && typeof value !== "number") throw new Error("The undo needs a value the server did not return.");
      return [name, String(value)];
    }),
  );
}
