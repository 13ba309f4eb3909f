// 422 details → form fields. A detail's target names the property the server disliked, in the
// server's spelling: "ITwinRoleId", "roleIds", "members[0].roleIds[3]". Targets are compared
// case-insensitively and by their trailing property names, so the field "roleIds" takes all of
// those; a matcher may pin an index ("members[0].roleIds", or react-hook-form's "members.0.roleIds").
// A detail that names no field goes to `unmatched` — the banner above the form. None is dropped.
import type { ApiError, ApiErrorDetail } from "./api-error";

export type FieldMatchers<F extends string> = Record<F, readonly string[]>;

export interface FieldErrors<F extends string> {
  byField: Record<F, ApiErrorDetail[]>;
  unmatched: ApiErrorDetail[];
}

interface Segment {
  name: string;
  indexes: number[];
}

export function mapDetailsToFields<F extends string>(details: readonly ApiErrorDetail[], fields: FieldMatchers<F>): FieldErrors<F> {
  const names = Object.keys(fields) as F[];
  const byField = Object.fromEntries(names.map((name) => [name, [] as ApiErrorDetail[]])) as Record<F, ApiErrorDetail[]>;
  const parsedMatchers = names.map((name) => ({ name, matchers: fields[name].map(parseTarget) }));
  const unmatched: ApiErrorDetail[] = [];

  for (const detail of details) {
    const target = detail.target ? parseTarget(detail.target) : [];
    let best: { name: F; score: number } | undefined;
    for (const { name, matchers } of parsedMatchers) {
      for (const matcher of matchers) {
        const score = matchScore(target, matcher);
        // The most specific matcher wins; on a tie, the field declared first.
        if (score > 0 && (!best || score > best.score)) best = { name, score };
      }
    }
    if (best) byField[best.name].push(detail);
    else unmatched.push(detail);
  }
  return { byField, unmatched };
}

/** Same, for a whole ApiError: without details, the error's own target (if any) is what names the field. */
export function mapApiErrorToFields<F extends string>(error: ApiError, fields: FieldMatchers<F>): FieldErrors<F> {
  if (error.details.length > 0) return mapDetailsToFields(error.details, fields);
  const own: ApiErrorDetail = { code: error.code, message: error.message, ...(error.target !== undefined && { target: error.target }) };
  return mapDetailsToFields([own], fields);
}

/** "members[0].roleIds[3]" and "members.0.roleIds.3" → [{members,[0]}, {roleids,[3]}]. */
function parseTarget(target: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of target.trim().split(".")) {
    if (/^\d+$/.test(part)) {
      segments.at(-1)?.indexes.push(Number(part));
      continue;
    }
    const match = /^([^[\]]*)((?:\[\d*\])*)$/.exec(part);
    const name = (match?.[1] ?? part).toLowerCase();
    const indexes = [...(match?.[2] ?? "").matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (name === "" && segments.length > 0) segments.at(-1)!.indexes.push(...indexes);
    else if (name !== "") segments.push({ name, indexes });
  }
  return segments;
}

/** 0 = no match; otherwise higher for longer matchers and for pinned indexes. */
function matchScore(target: Segment[], matcher: Segment[]): number {
  if (matcher.length === 0 || matcher.length > target.length) return 0;
  const offset = target.length - matcher.length;
  let score = 0;
  for (let i = 0; i < matcher.length; i += 1) {
    const want = matcher[i]!;
    const have = target[offset + i]!;
    if (want.name !== have.name) return 0;
    // An index in the matcher must be there in the target; an index only in the target is fine.
    if (want.indexes.some((index, k) => have.indexes[k] !== index)) return 0;
    score += 10 + want.indexes.length;
  }
  return score;
}
