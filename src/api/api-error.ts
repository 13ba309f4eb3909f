// The one error type of the console. Every failed call — whatever the server, a proxy or the network
// did — ends as an ApiError, so screens render errors as data instead of guessing at shapes.
// The docs warn that error bodies may not follow the envelope (docs/api-reference.md, "Error envelope"), hence the
// defensive parsing below: keep every field that is valid, drop what is not, never show raw markup.
import { parseRetryAfter } from "./retry-after";

export type ApiErrorKind = "http" | "network" | "timeout" | "invalid-response";

export interface ApiErrorDetail {
  code: string;
  message: string;
  target?: string;
}

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  kind: ApiErrorKind;
  target?: string;
  details?: ApiErrorDetail[];
  retryAfterSeconds?: number;
  correlationId?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = "ApiError";
  /** HTTP status; 0 when no response arrived (network failure, timeout, refused request). */
  readonly status: number;
  readonly code: string;
  readonly kind: ApiErrorKind;
  readonly target?: string;
  readonly details: ApiErrorDetail[];
  readonly retryAfterSeconds?: number;
  readonly correlationId?: string;

  constructor(init: ApiErrorInit) {
    // The message is what people read: it is never empty, whatever the caller passed.
    super(
      cleanText(init.message, MAX_MESSAGE_CHARS) ?? fallbackMessage(init.status),
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.status = init.status;
    this.code = cleanText(init.code, MAX_CODE_CHARS) ?? codeForStatus(init.status);
    this.kind = init.kind;
    this.details = init.details ?? [];
    if (init.target !== undefined) this.target = init.target;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.correlationId !== undefined) this.correlationId = init.correlationId;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

// ---- limits: an error body is read to explain a failure, not to be trusted ------------------------

/** Bodies beyond this are not parsed (a truncated JSON text is simply treated as unreadable). */
export const MAX_ERROR_BODY_CHARS = 256 * 1024;
const MAX_MESSAGE_CHARS = 500;
const MAX_CODE_CHARS = 100;
const MAX_TARGET_CHARS = 200;
const MAX_TITLE_CHARS = 150;
const MAX_DETAILS = 200;
const MAX_CORRELATION_ID_CHARS = 200;

export function fallbackMessage(status: number): string {
  if (status === 0) return "Could not reach the server. Check your connection and try again.";
  if (status === 400) return "The request was not valid.";
  if (status === 401) return "Your session has expired or is not valid. Sign in again.";
  if (status === 403) return "You do not have permission for this action.";
  if (status === 404) return "Not found.";
  if (status === 409) return "The request conflicts with the current state. Reload and try again.";
  if (status === 422) return "The request was not valid.";
  if (status === 429) return "Too many requests.";
  if (status >= 500 && status <= 599) return `The server had a problem (status ${status}).`;
  if (status >= 400 && status <= 499) return `The request failed (status ${status}).`;
  return `The server gave an unexpected answer (status ${status}).`;
}

function codeForStatus(status: number): string {
  if (status === 0) return "NetworkError";
  if (status === 401) return "Unauthorized";
  if (status === 403) return "Forbidden";
  if (status === 404) return "NotFound";
  if (status === 429) return "TooManyRequests";
  if (status >= 500 && status <= 599) return "ServerError";
  return "HttpError";
}

export interface ApiErrorFromResponseOptions {
  /**
   * Text that must never reach the error (the access token). Removed before anything is parsed or
   * shortened, so not even a cut-off piece of it can survive.
   */
  redact?: string;
}

/** Builds an ApiError from whatever a non-2xx response carried. Never throws. */
export function apiErrorFromResponse(
  status: number,
  headers: Headers,
  bodyText: string,
  options: ApiErrorFromResponseOptions = {},
): ApiError {
  const scrub = redactor(options.redact);
  const salvaged = readErrorBody(scrub(typeof bodyText === "string" ? bodyText : ""));
  const fallback = fallbackMessage(status);
  const message = salvaged.message ?? (salvaged.hint ? `${fallback} (${salvaged.hint})` : fallback);
  const retryAfterSeconds = parseRetryAfter(safeHeader(headers, "retry-after"));
  const correlationId = cleanText(
    scrub(safeHeader(headers, "x-correlation-id") ?? safeHeader(headers, "request-id") ?? safeHeader(headers, "x-request-id") ?? ""),
    MAX_CORRELATION_ID_CHARS,
  );
  return new ApiError({
    status,
    kind: "http",
    code: salvaged.code ?? codeForStatus(status),
    message,
    details: salvaged.details,
    ...(salvaged.target !== undefined && { target: salvaged.target }),
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    ...(correlationId !== undefined && { correlationId }),
  });
}

/** Secrets shorter than this are not worth scanning for (and would mangle ordinary words). */
const MIN_REDACTED_CHARS = 8;

export function redactor(secret: string | undefined): (text: string) => string {
  if (secret === undefined || secret.length < MIN_REDACTED_CHARS) return (text) => text;
  return (text) => (text.includes(secret) ? text.split(secret).join("[redacted]") : text);
}

function safeHeader(headers: Headers, name: string): string | null {
  try {
    return headers.get(name);
  } catch {
    return null;
  }
}

// ---- body salvage ---------------------------------------------------------------------------------

interface SalvagedBody {
  code?: string;
  message?: string;
  target?: string;
  details: ApiErrorDetail[];
  /** Short human text from a non-JSON body (HTML <title>, a proxy's one-line text), shown after the fallback. */
  hint?: string;
}

function readErrorBody(bodyText: string): SalvagedBody {
  const truncated = bodyText.length > MAX_ERROR_BODY_CHARS;
  const text = (truncated ? bodyText.slice(0, MAX_ERROR_BODY_CHARS) : bodyText).trim();
  if (text === "") return { details: [] };

  let json: unknown;
  let isJson = false;
  try {
    json = JSON.parse(text);
    isJson = true;
  } catch {
    // Not JSON (or cut off): HTML, plain text or garbage, handled below.
  }
  if (isJson) return typeof json === "string" ? { details: [], ...hintFromPlainText(json) } : salvageJson(json);
  // Malformed or truncated JSON: nothing trustworthy in it.
  if (text[0] === "{" || text[0] === "[") return { details: [] };
  if (looksLikeHtml(text)) return { details: [], ...hintFromHtml(text) };
  return truncated ? { details: [] } : { details: [], ...hintFromPlainText(text) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function salvageJson(json: unknown): SalvagedBody {
  if (!isRecord(json)) return { details: [] };
  // Documented envelope: { error: { code, message, target, details } }. Other shapes seen behind
  // gateways: top-level { code, message }, OAuth { error: "x", error_description }, RFC 7807 { title, detail }.
  const inner = isRecord(json.error) ? json.error : json;
  const code = cleanText(inner.code, MAX_CODE_CHARS) ?? cleanText(json.error, MAX_CODE_CHARS);
  const message =
    cleanText(inner.message, MAX_MESSAGE_CHARS) ??
    cleanText(json.error_description, MAX_MESSAGE_CHARS) ??
    cleanText(json.detail, MAX_MESSAGE_CHARS) ??
    cleanText(json.title, MAX_MESSAGE_CHARS);
  const target = cleanText(inner.target, MAX_TARGET_CHARS);
  const details = Array.isArray(inner.details) ? salvageDetails(inner.details) : [];
  return {
    details,
    ...(code !== undefined && { code }),
    ...(message !== undefined && { message }),
    ...(target !== undefined && { target }),
  };
}

function salvageDetails(raw: unknown[]): ApiErrorDetail[] {
  const details: ApiErrorDetail[] = [];
  for (const item of raw.slice(0, MAX_DETAILS)) {
    if (!isRecord(item)) continue;
    const code = cleanText(item.code, MAX_CODE_CHARS);
    const message = cleanText(item.message, MAX_MESSAGE_CHARS);
    // A detail with neither a code nor a message says nothing; with one of them it still points somewhere.
    if (code === undefined && message === undefined) continue;
    const target = cleanText(item.target, MAX_TARGET_CHARS);
    details.push({
      code: code ?? "Unknown",
      message: message ?? code ?? "Invalid value.",
      ...(target !== undefined && { target }),
    });
  }
  return details;
}

function looksLikeHtml(text: string): boolean {
  return /^<(!doctype|html|head|body|\?xml|[a-z][a-z0-9]*[\s>/])/i.test(text) || /<\/?(html|body|title)[\s>]/i.test(text.slice(0, 4096));
}

function hintFromHtml(html: string): Pick<SalvagedBody, "hint"> {
  // Only the start of a page is searched: a <title> belongs in <head>, and a regex over a huge page is wasted work.
  const match = /<title[^>]*>([\s\S]{0,2000}?)<\/title>/i.exec(html.slice(0, 16 * 1024));
  const title = match?.[1] === undefined ? undefined : cleanText(decodeEntities(match[1]), MAX_TITLE_CHARS);
  return title === undefined ? {} : { hint: title };
}

function hintFromPlainText(text: string): Pick<SalvagedBody, "hint"> {
  // A proxy's "Service Unavailable" helps; a page of text or a stack trace does not.
  if (text.length > MAX_TITLE_CHARS || /[\r\n]/.test(text.trim())) return {};
  const hint = cleanText(text, MAX_TITLE_CHARS);
  return hint === undefined ? {} : { hint };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/gi, " ")
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&lt;/gi, "‹")
    .replace(/&gt;/gi, "›")
    .replace(/&amp;/gi, "&");
}

/**
 * Server text made safe to show: strings only, markup and control characters removed, whitespace
 * collapsed, length capped. Returns undefined when nothing readable is left.
 */
export function cleanText(value: unknown, maxChars: number): string | undefined {
  if (typeof value !== "string") return undefined;
  const source = value.length > maxChars * 4 ? value.slice(0, maxChars * 4) : value;
  const text = stripTags(source)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return undefined;
  return truncate(text, maxChars);
}

function stripTags(text: string): string {
  // Repeated because removing one tag can join its neighbours into a new one ("<a<b>>" → "<a>").
  let current = text;
  for (let pass = 0; pass < 5; pass += 1) {
    const next = current.replace(/<\/?[a-z!?][^<>]*>/gi, " ");
    if (next === current) return current;
    current = next;
  }
  return current.replace(/[<>]/g, " ");
}

function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = maxChars - 1;
  // Do not cut a surrogate pair in half.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
