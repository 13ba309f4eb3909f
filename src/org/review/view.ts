// A campaign opened for reviewing: its lines looked up by id, its iTwins and roles by id, and the
// filters the review's table and bulk decisions use. Built once when the campaign is opened (a few
// hundred ms for 100,000 lines at most); every filter is then one pass over plain arrays.
import type { Campaign, CampaignITwin, CampaignRole, Decision, Hint, LineKind, ReviewLine, Verdict } from "./campaign";

export interface ReviewView {
  campaign: Campaign;
  lines: readonly ReviewLine[];
  byId: ReadonlyMap<string, ReviewLine>;
  itwins: ReadonlyMap<string, CampaignITwin>;
  /** The role a line names, with its permissions; undefined for lines without one. */
  roleOf(line: ReviewLine): CampaignRole | undefined;
}

export function openCampaign(campaign: Campaign): ReviewView {
  const byId = new Map<string, ReviewLine>();
  for (const l of campaign.lines) byId.set(l.id, l);
  const itwins = new Map(campaign.itwins.map((t) => [t.id, t]));
  const roles = new Map(campaign.itwins.map((t) => [t.id, new Map(t.roles.map((r) => [r.id, r]))]));
  return {
    campaign,
    lines: campaign.lines,
    byId,
    itwins,
    roleOf: (line) => (line.roleId === null ? undefined : roles.get(line.iTwinId)?.get(line.roleId)),
  };
}

export type DecisionState = "undecided" | "decided" | Verdict;

/** Which lines a table shows or a bulk decision takes; every field given must match (any of a list). */
export interface LineFilter {
  iTwinIds?: readonly string[];
  kinds?: readonly LineKind[];
  /** Lines carrying any of these hints. */
  hints?: readonly Hint[];
  /** The role's name, any case. */
  roleName?: string;
  /** Lines of one person (user id) or one group (group id), or one share link. */
  subjectId?: string;
  /** Name, e-mail, role or iTwin name containing the text, any case. */
  text?: string;
  state?: DecisionState;
}

function stateMatches(decision: Decision | undefined, state: DecisionState): boolean {
  if (state === "undecided") return !decision;
  if (state === "decided") return !!decision;
  return decision?.verdict === state;
}

/** The test a filter makes of one line, prepared once for a pass over many. */
export function lineTest(view: ReviewView, filter: LineFilter, decisions: ReadonlyMap<string, Decision>): (line: ReviewLine) => boolean {
  const itwins = filter.iTwinIds ? new Set(filter.iTwinIds) : null;
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const hints = filter.hints && filter.hints.length ? filter.hints : null;
  const roleName = filter.roleName?.trim().toLowerCase() || null;
  const text = filter.text?.trim().toLowerCase() || null;
  const { subjectId, state } = filter;
  return (l) =>
    (!itwins || itwins.has(l.iTwinId)) &&
    (!kinds || kinds.has(l.kind)) &&
    (!hints || hints.some((h) => l.hints.includes(h))) &&
    (!roleName || l.roleName?.toLowerCase() === roleName) &&
    (subjectId === undefined || l.subjectId === subjectId) &&
    (!state || stateMatches(decisions.get(l.id), state)) &&
    (!text || haystack(view, l).includes(text));
}

function haystack(view: ReviewView, l: ReviewLine): string {
  return `${l.subjectName} ${l.email ?? ""} ${l.roleName ?? ""} ${view.itwins.get(l.iTwinId)?.name ?? ""}`.toLowerCase();
}

export function filterLines(view: ReviewView, filter: LineFilter, decisions: ReadonlyMap<string, Decision>): ReviewLine[] {
  const test = lineTest(view, filter, decisions);
  const out: ReviewLine[] = [];
  for (const l of view.lines) if (test(l)) out.push(l);
  return out;
}

/** What revoking a line takes away: a role's permissions (for one person, or every member of a group), everything (ownership), an invitation or anonymous access. */
export type TakenAway =
  | { kind: "permissions"; role: string | null; permissions: string[]; people: number }
  | { kind: "all" }
  | { kind: "invitation"; email: string }
  | { kind: "link" };

export function takenAway(view: ReviewView, line: ReviewLine): TakenAway {
  switch (line.kind) {
    case "owner":
      return { kind: "all" };
    case "invitation":
      return { kind: "invitation", email: line.email ?? line.subjectName };
    case "share":
      return { kind: "link" };
    default: {
      const role = view.roleOf(line);
      return {
        kind: "permissions",
        role: line.roleName,
        permissions: [...(role?.permissions ?? [])].sort(),
        people: line.kind === "group" ? (line.groupSize ?? 0) : 1,
      };
    }
  }
}

/** "2 permissions of Reader for 14 people", "every permission (ownership)", … — for the table and the evidence. */
export function describeTakenAway(t: TakenAway): string {
  switch (t.kind) {
    case "all":
      return "Ownership: every permission on the iTwin";
    case "invitation":
      return `The pending invitation of ${t.email}`;
    case "link":
      return "Anonymous read access through the link";
    case "permissions": {
      const what = t.permissions.length ? t.permissions.join(", ") : "no permissions";
      const who = t.people === 1 ? "" : ` for ${t.people} people`;
      return t.role ? `${t.role}: ${what}${who}` : `Membership without a role${who}`;
    }
  }
}
