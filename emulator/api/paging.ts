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

/** Access Control lists take at most the maxTop setting (undocumented); the iTwins API documents 1000. */
export function readPaging(ctx: RequestContext, invalid: (details: ErrorDetail[]) => HttpError): Paging {
  const max = ctx.path.toLowerCase().startsWith("/accesscontrol/") ? ctx.settings.maxTop : MAX_PAGE;
  const rawTop = ctx.query.get("$top");
  const rawSkip = ctx.query.get("$skip");
  const details: ErrorDetail[] = [];
  const top = rawTop === null ? DEFAULT_PAGE : parseInteger(rawTop);
  if (top === undefined || top < 1 || top > max) details.push(detail.outOfRange("$top"));
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

/**
 * self, prev (equal to self on the first page) and next (omitted on the last page); other query params
 * kept. Access Control lists spell the path as the linkForm setting says: canonical, or one of the two
 * non-canonical forms of Bentley's samples (…/iTwins/{id}/member/groups?$skip&$top and
 * …/accesscontrol/{id}/members?$top&$skip).
 */
export function pageLinks(ctx: RequestContext, p: Paging, total: number): Links {
  const form = ctx.path.toLowerCase().startsWith("/accesscontrol/itwins/") ? ctx.settings.linkForm : "canonical";
  const path =
    form === "itwins-member"
      ? ctx.path.replace(/^\/accesscontrol\/itwins\//i, "/iTwins/").replace(/\/members\//i, "/member/")
      : form === "accesscontrol-members"
        ? ctx.path.replace(/^\/accesscontrol\/itwins\//i, "/accesscontrol/").replace(/\/members\/[^/]+$/i, "/members")
        : ctx.path;
  const href = (skip: number) => {
    const kept = [...ctx.query.entries()]
      .filter(([k]) => k !== "$top" && k !== "$skip")
      .map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, "$")}=${encodeURIComponent(v)}`);
    const paging = form === "accesscontrol-members" ? [`$top=${p.top}`, `$skip=${skip}`] : [`$skip=${skip}`, `$top=${p.top}`];
    return { href: ctx.absolute(`${path}?${[...kept, ...paging].join("&")}`) };
  };
  const links: Links = { self: href(p.skip), prev: href(Math.max(0, p.skip - p.top)) };
  if (p.skip + p.top < total) links.next = href(p.skip + p.top);
  return links;
}
