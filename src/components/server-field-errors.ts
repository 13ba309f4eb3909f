// The one way a server's validation failure (422, or whatever a form counts as one) reaches a form:
// its details mapped to the form's fields (see src/api/field-errors.ts), each field's message joined,
// the details naming no field left for the banner above the form, and the props that mark an input
// invalid and point it at its FieldError. A field the person edits again stops showing its message.
import { useMemo, useState } from "react";
import { isApiError, type ApiError, type ApiErrorDetail } from "../api/api-error";
import { mapApiErrorToFields, type FieldMatchers } from "../api/field-errors";
import { helperId } from "./FieldError";

export type IsValidationFailure = (error: ApiError) => boolean;

export const is422: IsValidationFailure = (error) => error.status === 422;

export interface ServerFieldErrors<F extends string> {
  /** The failure when it is a validation failure (shown at the fields and the banner), else undefined. */
  rejected: ApiError | undefined;
  details(field: F): readonly ApiErrorDetail[];
  /** The field's messages joined, or undefined when the server named nothing there. */
  message(field: F): string | undefined;
  /** Details that name no field of the form: the banner shows these. */
  unmatched: readonly ApiErrorDetail[];
}

const NONE: readonly ApiErrorDetail[] = [];

/** The pure mapping behind useServerFieldErrors. */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fields: FieldMatchers<F>,
  isValidationFailure: IsValidationFailure = is422,
  cleared: ReadonlySet<F> = new Set(),
): ServerFieldErrors<F> {
  const rejected = isApiError(error) && isValidationFailure(error) ? error : undefined;
  const mapped = rejected ? mapApiErrorToFields(rejected, fields) : undefined;
  const details = (field: F) => (mapped && !cleared.has(field) ? mapped.byField[field] : NONE);
  return {
    rejected,
    details,
    message: (field) => {
      const found = details(field);
      return found.length > 0 ? found.map((d) => d.message).join(" ") : undefined;
    },
    unmatched: mapped?.unmatched ?? NONE,
  };
}

export interface ServerFieldErrorsState<F extends string> extends ServerFieldErrors<F> {
  /** Hides the field's message (the person changed the field), until the next failure. */
  clear(field: F): void;
  /** aria-invalid and aria-describedby for the field's input while it has a message. */
  inputProps(field: F): { "aria-invalid"?: true; "aria-describedby"?: string };
}

/** `error`: the latest failure of the form's request (null/undefined when none). */
export function useServerFieldErrors<F extends string>(
  error: unknown,
  fields: FieldMatchers<F>,
  isValidationFailure: IsValidationFailure = is422,
): ServerFieldErrorsState<F> {
  // Cleared fields belong to one failure: a new failure shows every field again.
  const [cleared, setCleared] = useState<{ error: unknown; fields: ReadonlySet<F> }>({ error: null, fields: new Set() });
  const clearedFields = cleared.error === error ? cleared.fields : undefined;
  const view = useMemo(
    () => serverFieldErrors(error, fields, isValidationFailure, clearedFields),
    [error, fields, isValidationFailure, clearedFields],
  );
  return {
    ...view,
    clear: (field) => {
      if (view.details(field).length === 0) return;
      setCleared((c) => ({ error, fields: new Set([...(c.error === error ? c.fields : []), field]) }));
    },
    inputProps: (field) => (view.details(field).length > 0 ? { "aria-invalid": true, "aria-describedby": helperId(field) } : {}),
  };
}
