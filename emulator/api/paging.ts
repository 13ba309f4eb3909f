// $top/$skip paging with absolute HAL links, the way Access Control v2 and iTwins lists answer.
import type { ErrorDetail, Links } from "../../src/api/wire";
import { detail, type HttpError } from "./errors";
import type { RequestContext } from "./http";

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

export interface Paging {
  top: number;
  skip: number;
  /** Whether the caller sent $top or $skip (the groups list links only then). */
  explicit: boolean;
}

export function readPaging(ctx: RequestContext, invalid: (details: ErrorDetail[]) => HttpError): Paging {
  const rawTop = ctx.query.get("$top");
  const rawSkip = ctx.query.get("$skip");
  const details: ErrorDetail[] = [];
  const top = rawTop === null ? DEFAULT_PAGE : parseInteger(rawTop);
  if (top === undefined || top < 1 || top > MAX_PAGE) details.push(detail.outOfRange("$top"));
  const skip = rawSkip === null ? 0 : parseInteger(rawSkip);
  if (skip === undefined || skip < 0) details.push(detail.outOfRange("$skip"));
  if (details.length > 0) throw invalid(details);
  return { top: top!, skip: skip!, explicit: rawTop !== null || rawSkip !== null };
}

function parseInteger(raw: string): number | undefined {
  return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
}

export function pageOf<T>(items: readonly T[], p: Paging): T[] {
  return items.slice(p.skip, p.skip + p.top);
}

/** self, prev (equal to self on the first page) and next (omitted on the last page); other query params kept. */
export function pageLinks(ctx: RequestContext, p: Paging, total: number): Links {
  const href = (skip: number) => {
    const kept = [...ctx.query.entries()]
      .filter(([k]) => k !== "$top" && k !== "$skip")
      .map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, "$")}=${encodeURIComponent(v)}`);
    return { href: ctx.absolute(`${ctx.path}?${[...kept, `$skip=${skip}`, `$top=${p.top}`].join("&")}`) };
  };
  const links: Links = { self: href(p.skip), prev: href(Math.max(0, p.skip - p.top)) };
  if (p.skip + p.top < total) links.next = href(p.skip + p.top);
  return links;
}
