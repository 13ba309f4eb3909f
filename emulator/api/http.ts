// The small HTTP toolkit the routes share: request context, a path router and reply helpers.
import type { IncomingHttpHeaders } from "node:http";
import type { Store, UserRecord } from "../data/store";
import type { BehaviourSettings } from "./settings";

export interface Caller {
  id: string;
  /** Undefined when the token's subject is not in the seeded directory (a user with no access). */
  user: UserRecord | undefined;
  orgAdmin: boolean;
}

/** The parsed request body: undefined when empty, INVALID_BODY when it is not JSON. */
export const INVALID_BODY = Symbol("invalid body");
export type ParsedBody = unknown;

export interface RequestContext {
  method: string;
  /** API path without the prefix and without the query, e.g. "/accesscontrol/itwins/{id}/roles". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: ParsedBody;
  caller: Caller;
  store: Store;
  settings: BehaviourSettings;
  params: Record<string, string>;
  /** Absolute URL (publicOrigin + apiPrefix + path) for HAL links. */
  absolute: (pathAndQuery: string) => string;
  now: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const noContent = (): Reply => ({ status: 204 });

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  /** Pattern segments starting with ":" capture; literals match case-insensitively. First match wins. */
  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: split(pattern), handler });
    return this;
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | "method" | undefined {
    const segments = split(path);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method !== method) {
        pathMatched = true;
        continue;
      }
      return { handler: route.handler, params };
    }
    return pathMatched ? "method" : undefined;
  }
}

function split(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const a = actual[i]!;
    if (p.startsWith(":")) {
      try {
        params[p.slice(1)] = decodeURIComponent(a);
      } catch {
        params[p.slice(1)] = a;
      }
    } else if (p.toLowerCase() !== a.toLowerCase()) return undefined;
  }
  return params;
}

/** The body as a plain object, or undefined when it is missing, not JSON, or not an object. */
export function bodyObject(ctx: RequestContext): Record<string, unknown> | undefined {
  const b = ctx.body;
  return typeof b === "object" && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : undefined;
}

export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
export const isNonEmptyString = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
