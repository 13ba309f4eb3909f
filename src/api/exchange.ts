// The parts of an exchange that do not depend on the client's settings: the Authorization header,
// the correlation id, a capped read of an error body, and scrubbing the token out of an error.
import { ApiError, redactor, type ApiErrorDetail } from "./api-error";

/** auth-clients hand out "Bearer <token>" already; MSAL hands out the bare token. Accept both. */
export function authorizationHeader(token: string): string {
  const trimmed = token.trim();
  return /^bearer\s/i.test(trimmed) ? trimmed : `Bearer ${trimmed}`;
}

export function correlationIdOf(headers: Headers): string | undefined {
  const value = headers.get("x-correlation-id") ?? headers.get("request-id") ?? headers.get("x-request-id");
  return value?.trim().slice(0, 200) || undefined;
}

export async function readTextCapped(response: Response, maxChars: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length >= maxChars) {
      void reader.cancel().catch(() => undefined);
      return text.slice(0, maxChars);
    }
  }
}

/** Last line of defence: whatever an error says, the access token is not part of it. */
export function withoutSecret(error: ApiError, token: string): ApiError {
  const secret = bareToken(token);
  const scrub = redactor(secret);
  const fields = [
    error.message,
    error.code,
    error.target,
    error.correlationId,
    ...error.details.flatMap((d) => [d.code, d.message, d.target]),
  ];
  if (fields.every((text) => text === undefined || scrub(text) === text)) return error;
  const details: ApiErrorDetail[] = error.details.map((detail) => ({
    code: scrub(detail.code),
    message: scrub(detail.message),
    ...(detail.target !== undefined && { target: scrub(detail.target) }),
  }));
  return new ApiError({
    status: error.status,
    kind: error.kind,
    code: scrub(error.code),
    message: scrub(error.message),
    details,
    ...(error.target !== undefined && { target: scrub(error.target) }),
    ...(error.retryAfterSeconds !== undefined && { retryAfterSeconds: error.retryAfterSeconds }),
    ...(error.correlationId !== undefined && { correlationId: scrub(error.correlationId) }),
  });
}

export function bareToken(token: string): string {
  return token.trim().replace(/^bearer\s+/i, "");
}
