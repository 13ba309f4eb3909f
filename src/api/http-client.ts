// The console's one HTTP client: base URL, Authorization, the Accept header that picks the API
// version, response validation, and the few retries that are safe:
// - 429 for every method (the request was not processed), honouring Retry-After through a shared gate;
// - 401 once, after the auth layer renewed the token;
// - 5xx / network / timeout for reads only (a write may have happened; repeating it is the user's call).
// Every failure is an ApiError; the access token never appears in one.
import { abortable, abortReason, delay } from "./abortable";
import { ApiError, apiErrorFromResponse, MAX_ERROR_BODY_CHARS } from "./api-error";
import { authorizationHeader, bareToken, correlationIdOf, readTextCapped, withoutSecret } from "./exchange";
import { ACCEPT_BY_API, type ApiName, type HttpMethod } from "./operations/define";
import { clientFrom, type HttpClient, type RequestOptions } from "./operation-request";
import { rateLimitStatus, type RateLimitGate } from "./rate-limit-status";
import { absoluteBaseUrl, resolveRequestUrl } from "./request-url";
import { parseResponseBody } from "./response-shape";

export type { ApiName, HttpMethod };
export type { HttpClient, RequestOptions };

export interface HttpClientOptions {
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  /** Called once per request on a 401; resolve true when the token was renewed so the request may be retried. */
  onUnauthorized?: () => Promise<boolean>;
  fetchImpl?: typeof fetch;
  maxRateLimitRetries?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Defaults to the console-wide gate the shell shows; tests pass their own. */
  rateLimitGate?: RateLimitGate;
  /** A Retry-After longer than this is not waited out: the 429 is handed to the screen instead. */
  maxRateLimitWaitMs?: number;
  now?: () => number;
}

const MAX_TRANSIENT_RETRIES = 2;

/** Exponential backoff in ms: 1 s, 2 s, 4 s, … for the n-th retry (1-based). */
function backoffMs(retry: number): number {
  return 1000 * 2 ** Math.min(retry - 1, 6);
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = absoluteBaseUrl(options.baseUrl);
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? delay;
  const now = options.now ?? Date.now;
  const gate = options.rateLimitGate ?? rateLimitStatus;
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 4;
  const maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function request<T>(request: RequestOptions<T>): Promise<T> {
    const method = request.method ?? "GET";
    const isRead = method === "GET" || method === "HEAD";
    const url = resolveRequestUrl(base, request.path, request.query);
    const { signal } = request;

    let rateLimitRetries = 0;
    let transientRetries = 0;
    let renewedToken = false;

    for (;;) {
      await gate.whenOpen(signal);
      const token = await accessToken();
      const exchange = await send(url, method, request, token);

      if (exchange.kind === "failed") {
        // Network failure or timeout: no answer came back.
        if (isRead && transientRetries < MAX_TRANSIENT_RETRIES) {
          transientRetries += 1;
          await abortable(sleep(backoffMs(transientRetries)), signal);
          continue;
        }
        throw exchange.error;
      }

      const { response, bodyText } = exchange;
      const { status } = response;

      if (status >= 200 && status <= 299) {
        if (request.schema === null) return undefined as T;
        const correlationId = correlationIdOf(response.headers);
        try {
          return parseResponseBody(bodyText, request.schema, { status, ...(correlationId !== undefined && { correlationId }) });
        } catch (error) {
          throw withoutSecret(error as ApiError, token);
        }
      }

      const error = withoutSecret(apiErrorFromResponse(status, response.headers, bodyText, { redact: bareToken(token) }), token);

      if (status === 429) {
        if (rateLimitRetries >= maxRateLimitRetries) throw error;
        rateLimitRetries += 1;
        const waitMs = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : backoffMs(rateLimitRetries);
        if (waitMs > maxRateLimitWaitMs) throw error;
        const startedAt = now();
        await gate.hold(
          { until: startedAt + waitMs, attempt: rateLimitRetries, maxAttempts: maxRateLimitRetries },
          sleep,
          startedAt,
          signal,
        );
        continue;
      }

      if (status === 401 && options.onUnauthorized && !renewedToken) {
        renewedToken = true;
        if (await renewToken()) continue;
        throw error;
      }

      if (status >= 500 && status <= 599 && isRead && transientRetries < MAX_TRANSIENT_RETRIES) {
        transientRetries += 1;
        const hinted = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
        const waitMs = hinted !== undefined && hinted <= maxRateLimitWaitMs ? hinted : backoffMs(transientRetries);
        await abortable(sleep(waitMs), signal);
        continue;
      }

      throw error;
    }

    async function accessToken(): Promise<string> {
      try {
        return await options.getAccessToken();
      } catch (cause) {
        // The auth layer's own error stays reachable as `cause` (e.g. "interaction required").
        throw new ApiError({
          status: 401,
          kind: "http",
          code: "AccessTokenUnavailable",
          message: "Your session has expired or is not valid. Sign in again.",
          cause,
        });
      }
    }

    async function renewToken(): Promise<boolean> {
      try {
        return (await options.onUnauthorized?.()) === true;
      } catch {
        return false;
      }
    }
  }

  type Exchange = { kind: "answered"; response: Response; bodyText: string } | { kind: "failed"; error: ApiError };

  /** One round trip: sends, then reads the body, all under one timeout. */
  async function send<T>(url: string, method: HttpMethod, request: RequestOptions<T>, token: string): Promise<Exchange> {
    const controller = new AbortController();
    const callerSignal = request.signal;
    const forwardAbort = () => controller.abort(callerSignal ? abortReason(callerSignal) : undefined);
    callerSignal?.addEventListener("abort", forwardAbort, { once: true });

    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Raced rather than relying on the signal alone: a fetch implementation may ignore it.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        reject(new Error("timeout"));
      }, timeoutMs);
    });

    const headers: Record<string, string> = {
      ...request.headers,
      Authorization: authorizationHeader(token),
      Accept: ACCEPT_BY_API[request.api],
    };
    let body: string | undefined;
    if (request.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(request.body);
    }

    try {
      const response = await Promise.race([fetchImpl(url, { method, headers, body, signal: controller.signal }), timeout]);
      const ok = response.status >= 200 && response.status <= 299;
      const skipBody = ok && request.schema === null;
      let bodyText = "";
      if (skipBody) {
        void response.body?.cancel().catch(() => undefined);
      } else if (ok) {
        bodyText = await Promise.race([response.text(), timeout]);
      } else {
        // An error body only explains the failure; a broken one must not hide the status.
        bodyText = await Promise.race([readTextCapped(response, MAX_ERROR_BODY_CHARS).catch(() => ""), timeout]);
      }
      return { kind: "answered", response, bodyText };
    } catch {
      if (timedOut) {
        return {
          kind: "failed",
          error: new ApiError({
            status: 0,
            kind: "timeout",
            code: "Timeout",
            message: `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again.`,
          }),
        };
      }
      if (callerSignal?.aborted) throw abortReason(callerSignal);
      // The fetch error is not kept as `cause`: it can quote the request, and the request carries the token.
      return {
        kind: "failed",
        error: new ApiError({
          status: 0,
          kind: "network",
          code: "NetworkError",
          message: "Could not reach the server. Check your connection and try again.",
        }),
      };
    } finally {
      clearTimeout(timer);
      timeout.catch(() => undefined);
      callerSignal?.removeEventListener("abort", forwardAbort);
    }
  }

  return clientFrom(request);
}
