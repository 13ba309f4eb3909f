// The shape of one entry of the operation catalogue, and the helpers that turn an entry plus its
// parameters into a concrete request. Plain TypeScript + zod so the console (browser) and the emulator
// (plain Node server) read the same table.
import type { ZodType, z } from "zod";
import { ACCEPT_V1, ACCEPT_V2 } from "../wire";

export type ApiName = "accesscontrol" | "itwins" | "users" | "edfs";
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

export const ACCEPT_BY_API: Record<ApiName, string> = {
  accesscontrol: ACCEPT_V2,
  itwins: ACCEPT_V1,
  users: ACCEPT_V1,
  edfs: ACCEPT_V1,
};

/** `{iTwinId: string; roleId: string}` from "/accesscontrol/itwins/{iTwinId}/roles/{roleId}". */
export type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name | keyof PathParams<Rest>]: string }
  : Record<never, string>;

/**
 * Who may call it, as Bentley's pages state it:
 * - "signed-in": any valid token;
 * - "member": a member, owner or organization administrator of the iTwin in the path;
 * - "iTwin": every permission in `permissions` on the iTwin in the path (owners and org admins hold all);
 * - "organization": every permission in `permissions` on some iTwin of the organization (EDFS's
 *   "organizational level");
 * - "organizationAdmin": an organization administrator of the iTwin's organization only (owners and
 *   permissions do not suffice);
 * - "route": the route decides from the request (visibility of invitations, a group PATCH that adds
 *   or removes people); `permissions` then lists what it needs at most.
 */
export type Authorization = "signed-in" | "member" | "iTwin" | "organization" | "organizationAdmin" | "route";

/** A cached resource: its key is [name, ...the values of `scope` in the operation's parameters]. */
export interface Resource<Scope extends string = string> {
  readonly name: string;
  readonly scope: readonly Scope[];
}

export function resource<const Scope extends string = never>(name: string, ...scope: Scope[]): Resource<Scope> {
  return { name, scope };
}

export interface Operation<
  Path extends string = string,
  Req extends ZodType | undefined = ZodType | undefined,
  Res extends ZodType | null = ZodType | null,
  Unwrap extends string | undefined = string | undefined,
> {
  readonly name: string;
  readonly method: HttpMethod;
  /** Relative to the API base; `{name}` segments are parameters. */
  readonly path: Path;
  readonly api: ApiName;
  readonly request: Req;
  /** null when the success answer has no body (204). */
  readonly response: Res;
  readonly authorization: Authorization;
  readonly permissions: readonly string[];
  /** Answers `$top`/`$skip` pages with `_links`. */
  readonly paged: boolean;
  /** The field of the answer that carries its payload ("roles", "member"); the console caches that. */
  readonly unwrap: Unwrap;
  /** What a GET caches under, or what a change makes stale (the first entry is the one it writes). */
  readonly resources: readonly Resource[];
}

export type AnyOperation = Operation<string, ZodType | undefined, ZodType | null, string | undefined>;
export type ParamsOf<O extends AnyOperation> = PathParams<O["path"]>;
export type BodyOf<O extends AnyOperation> = O["request"] extends ZodType ? z.input<O["request"]> : never;
export type ResponseOf<O extends AnyOperation> = O["response"] extends ZodType ? z.output<O["response"]> : undefined;
/** The payload of the answer: `ResponseOf<O>[unwrap]`, or the whole answer. */
export type PayloadOf<O extends AnyOperation> = O["unwrap"] extends keyof ResponseOf<O> ? ResponseOf<O>[O["unwrap"]] : ResponseOf<O>;

interface Definition<Path extends string, Req extends ZodType | undefined, Res extends ZodType | null> {
  unwrap?: string;
  method: HttpMethod;
  path: Path;
  api: ApiName;
  request?: Req;
  response: Res;
  authorization: Authorization;
  permissions?: readonly string[];
  paged?: boolean;
  resources: readonly Resource[];
}

/** Defines an operation; `name` is the key it is exported under in its area's table. */
export function defineOperations<const T extends Record<string, Definition<string, ZodType | undefined, ZodType | null>>>(
  definitions: T,
): {
  [K in keyof T & string]: Operation<
    T[K]["path"],
    T[K]["request"] extends ZodType ? T[K]["request"] : undefined,
    T[K]["response"],
    T[K]["unwrap"] extends string ? T[K]["unwrap"] : undefined
  >;
} {
  const out: Record<string, AnyOperation> = {};
  for (const [name, d] of Object.entries(definitions)) {
    out[name] = {
      name,
      method: d.method,
      path: d.path,
      api: d.api,
      request: d.request,
      response: d.response,
      authorization: d.authorization,
      permissions: d.permissions ?? [],
      paged: d.paged ?? false,
      unwrap: d.unwrap,
      resources: d.resources,
    };
  }
  return out as never;
}

/** The path with its parameters filled in, each encoded as one segment. */
export function pathOf<O extends AnyOperation>(op: O, params: ParamsOf<O>): string {
  const values = params as Record<string, string>;
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${op.name}: parameter ${name} is missing.`);
    return encodeURIComponent(value);
  });
}

/** The permission a screen names when `op` is refused (the first it needs). */
export function permissionOf(op: AnyOperation): string {
  const [first] = op.permissions;
  if (first === undefined) throw new Error(`${op.name} needs no permission.`);
  return first;
}

/** The path template as the emulator's router spells it: "{id}" becomes ":id". */
export function routePattern(op: AnyOperation): string {
  return op.path.replace(/\{(\w+)\}/g, ":$1");
}

/** The payload of an answer (see `unwrap`). */
export function payloadOf<O extends AnyOperation>(op: O, answer: ResponseOf<O>): PayloadOf<O> {
  return (op.unwrap === undefined ? answer : (answer as Record<string, unknown>)[op.unwrap]) as PayloadOf<O>;
}

/**
 * The cache key of a resource: [name, ...scope values]. Scope values missing from `params` end the key
 * early, so a change that names only the iTwin covers every package of it.
 */
export function resourceKey(res: Resource, params: Record<string, string>): string[] {
  const key = [res.name];
  for (const name of res.scope) {
    const value = params[name];
    if (value === undefined) break;
    key.push(value);
  }
  return key;
}
