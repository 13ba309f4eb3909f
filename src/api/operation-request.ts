// Operations of the catalogue as requests of the one HTTP client: the path filled in from typed
// parameters, the API (and so the Accept header) and the response schema taken from the entry.
import type { ZodType } from "zod";
import type { AnyOperation, ApiName, BodyOf, HttpMethod, ParamsOf, ResponseOf } from "./operations/define";
import { pathOf } from "./operations/define";
import type { QueryParams } from "./request-url";

export interface RequestOptions<T> {
  method?: HttpMethod;
  /** Relative to baseUrl (an absolute URL must be on the API's origin: the request carries the token). */
  path: string;
  api: ApiName;
  query?: QueryParams;
  body?: unknown;
  /** null when no body is expected (204); the promise then resolves to undefined. */
  schema: ZodType<T> | null;
  signal?: AbortSignal;
  /** Extra request headers (e.g. `x-itwin-query-scope`); Authorization and Accept are the client's. */
  headers?: Record<string, string>;
}

export interface CallOptions<O extends AnyOperation> {
  query?: QueryParams;
  body?: BodyOf<O>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface HttpClient {
  /** One operation of the catalogue (`src/api/operations/*`). */
  request<O extends AnyOperation>(op: O, params: ParamsOf<O>, options?: CallOptions<O>): Promise<ResponseOf<O>>;
  /** A request described by hand; `request` is built on it. */
  send<T>(options: RequestOptions<T>): Promise<T>;
}

export function operationRequest<O extends AnyOperation>(
  op: O,
  params: ParamsOf<O>,
  options: CallOptions<O> = {},
): RequestOptions<ResponseOf<O>> {
  return {
    method: op.method,
    api: op.api,
    path: pathOf(op, params),
    ...(options.query !== undefined && { query: options.query }),
    ...(options.body !== undefined && { body: options.body }),
    schema: op.response as RequestOptions<ResponseOf<O>>["schema"],
    ...(options.signal && { signal: options.signal }),
    ...(options.headers && { headers: options.headers }),
  };
}

/** A full client from its `send` (the real one, or a test's fake). */
export function clientFrom(send: <T>(options: RequestOptions<T>) => Promise<T>): HttpClient {
  return { send, request: (op, params, options) => send(operationRequest(op, params, options)) };
}
