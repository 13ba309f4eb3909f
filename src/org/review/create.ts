// A campaign taken from the organization index: every grant on every iTwin in scope becomes a line
// (one per user or group per role, one per ownership, pending invitation and share link), with the
// hints the index supports. Line ids are built from what the line is, so refreshing the snapshot
// before the review goes far keeps every decision whose grant is still there.
import { groupMembersOf, hasFacts, type OrgIndex } from "../index-queries";
import { personName, type ITwinSnapshot, type PersonRef } from "../snapshot";
import {
  CAMPAIGN_VERSION,
  type Campaign,
  type CampaignITwin,
  type CampaignRole,
  type Decision,
  type Hint,
  type ReviewLine,
  type ReviewScope,
  type Reviewer,
} from "./campaign";
import { defaultDomains, hintsFor, newHintCache, type HintContext } from "./hints";

export const DEFAULT_MAX_OWNERS = 5;

/** A placeholder, replaced before the line is kept. */
const NO_HINTS: Hint[] = [];

export interface CampaignOptions {
  id: string;
  name: string;
  organizationId: string;
  scope: ReviewScope;
  reviewer: Reviewer;
  now?: number;
  /** The organization's e-mail domains; by default the domains most users of the scope share. */
  domains?: string[];
  maxOwners?: number;
}

export function inScope(scope: ReviewScope): (t: { id: string; displayName: string }) => boolean {
  if (scope.kind === "all") return () => true;
  if (scope.kind === "itwins") {
    const ids = new Set(scope.ids);
    return (t) => ids.has(t.id);
  }
  const needle = scope.text.trim().toLowerCase();
  return (t) => t.displayName.toLowerCase().includes(needle);
}

// Joined, not concatenated: a joined string is one flat object, a template's a tree of pieces, and a
// review keeps a hundred thousand of them for the garbage collector to walk.
export const lineId = (iTwinId: string, kind: ReviewLine["kind"], subjectId: string, roleId: string | null = null) =>
  (roleId === null ? [iTwinId, kind, subjectId] : [iTwinId, kind, subjectId, roleId]).join("|");

function rolesOf(t: ITwinSnapshot, index: OrgIndex): Map<string, CampaignRole> {
  const roles = new Map<string, CampaignRole>();
  for (const r of index.account?.roles ?? [])
    roles.set(r.id, { id: r.id, displayName: r.displayName, permissions: r.permissions, account: true });
  for (const r of t.roles) roles.set(r.id, { id: r.id, displayName: r.displayName, permissions: r.permissions });
  return roles;
}

type BuildContext = Omit<HintContext, "roles" | "owners"> & {
  cache: ReturnType<typeof newHintCache>;
  /** Names by person id: a person on many iTwins is one string. */
  names: Map<string, string>;
};

/** The lines of one iTwin of the index, and its header for the campaign. Written for a hundred thousand lines: no spreads, one shape per kind. */
function linesOfITwin(t: ITwinSnapshot, index: OrgIndex, ctx: BuildContext): { itwin: CampaignITwin; lines: ReviewLine[] } {
  const roles = rolesOf(t, index);
  const used = new Set<string>();
  const lines: ReviewLine[] = [];
  const hints = hintsFor({ ...ctx, roles, owners: t.owners.length }, ctx.cache);
  // Each line is made with its hints slot already there (filled here), so all lines of a kind share
  // one shape instead of each growing a property after it was made.
  const push = (line: ReviewLine) => {
    if (line.roleId !== null) used.add(line.roleId);
    line.hints = hints(line);
    lines.push(line);
  };
  const nameOf = (p: PersonRef) => {
    let name = ctx.names.get(p.id);
    if (name === undefined) ctx.names.set(p.id, (name = personName(p)));
    return name;
  };
  const roleName = (roleId: string | null) => (roleId === null ? null : (roles.get(roleId)?.displayName ?? roleId));
  const iTwinId = t.id;

  for (const u of t.users) {
    const subjectName = nameOf(u);
    const roleIds = u.roleIds.length ? u.roleIds : [null];
    for (const roleId of roleIds)
      push({
        id: lineId(iTwinId, "user", u.id, roleId),
        iTwinId,
        kind: "user",
        subjectId: u.id,
        subjectName,
        email: u.email,
        roleId,
        roleName: roleName(roleId),
        hints: NO_HINTS,
      });
  }

  const direct = new Set<string>();
  for (const u of t.users) direct.add(u.id);
  for (const o of t.owners) direct.add(o.id);
  for (const g of t.groupMembers) {
    const members = groupMembersOf(t, index.account, g.id);
    let only = 0;
    for (const m of members) if (!direct.has(m)) only += 1;
    const roleIds = g.roleIds.length ? g.roleIds : [null];
    for (const roleId of roleIds)
      push({
        id: lineId(iTwinId, "group", g.id, roleId),
        iTwinId,
        kind: "group",
        subjectId: g.id,
        subjectName: g.name,
        email: null,
        roleId,
        roleName: roleName(roleId),
        groupSize: members.length,
        onlyThroughGroup: only,
        hints: NO_HINTS,
      });
  }

  for (const o of t.owners)
    push({
      id: lineId(iTwinId, "owner", o.id),
      iTwinId,
      kind: "owner",
      subjectId: o.id,
      subjectName: nameOf(o),
      email: o.email,
      roleId: null,
      roleName: null,
      hints: NO_HINTS,
    });

  for (const inv of t.invitations) {
    const email = inv.email.trim().toLowerCase();
    push({
      id: lineId(iTwinId, "invitation", email),
      iTwinId,
      kind: "invitation",
      subjectId: email,
      subjectName: inv.email,
      email: inv.email,
      roleId: null,
      roleName: null,
      ...(inv.id !== undefined && { invitationId: inv.id }),
      expiresAt: inv.expirationDate,
      hints: NO_HINTS,
    });
  }

  for (const s of t.shares ?? [])
    push({
      id: lineId(iTwinId, "share", s.id),
      iTwinId,
      kind: "share",
      subjectId: s.id,
      subjectName: "Share link",
      email: null,
      roleId: null,
      roleName: null,
      expiresAt: s.expiration,
      hints: NO_HINTS,
    });

  const itwin: CampaignITwin = {
    id: t.id,
    name: t.displayName,
    snapshotAt: t.snapshotAt,
    owners: t.owners.length,
    roles: [...used].map((id) => roles.get(id) ?? { id, displayName: id, permissions: [] }),
  };
  return { itwin, lines };
}

function snapshotLines(index: OrgIndex, scope: ReviewScope, settings: Omit<HintContext, "roles" | "owners">) {
  const ctx: BuildContext = { ...settings, cache: newHintCache(), names: new Map() };
  const wanted = inScope(scope);
  const itwins: CampaignITwin[] = [];
  const lines: ReviewLine[] = [];
  const lacking: Campaign["lacking"] = [];
  for (const t of index.itwins) {
    if (!wanted(t)) continue;
    if (!hasFacts(t)) {
      lacking.push({ id: t.id, name: t.displayName });
      continue;
    }
    const one = linesOfITwin(t, index, ctx);
    itwins.push(one.itwin);
    for (const l of one.lines) lines.push(l);
  }
  return { itwins, lines, lacking };
}

/** The e-mails of everyone in scope, for the default domains. */
function emailsInScope(index: OrgIndex, scope: ReviewScope): string[] {
  const wanted = inScope(scope);
  const emails = new Map<string, string>();
  for (const t of index.itwins) {
    if (!wanted(t) || !hasFacts(t)) continue;
    for (const p of t.users) if (p.email) emails.set(p.id, p.email);
    for (const p of t.owners) if (p.email) emails.set(p.id, p.email);
  }
  return [...emails.values()];
}

export function createCampaign(index: OrgIndex, options: CampaignOptions): Campaign {
  const now = options.now ?? Date.now();
  const domains = options.domains ?? defaultDomains(emailsInScope(index, options.scope));
  const maxOwners = options.maxOwners ?? DEFAULT_MAX_OWNERS;
  const { itwins, lines, lacking } = snapshotLines(index, options.scope, { now, domains, maxOwners });
  return {
    version: CAMPAIGN_VERSION,
    id: options.id,
    name: options.name,
    organizationId: options.organizationId,
    scope: options.scope,
    reviewer: options.reviewer,
    createdAt: now,
    snapshotAt: now,
    domains,
    maxOwners,
    itwins,
    lacking,
    lines,
    applications: [],
  };
}

export interface Refreshed {
  campaign: Campaign;
  /** The decisions whose line is still there. */
  decisions: Map<string, Decision>;
  /** Lines no longer there this time (kept in the campaign's `gone`, with their decision). */
  gone: NonNullable<Campaign["gone"]>;
}

/**
 * The campaign's lines taken again from the (fresher) index, with its scope, domains and owner limit:
 * decisions on lines still there are kept, lines no longer there are kept aside as gone (with the
 * decision they had). An iTwin the fresher index lacks keeps its earlier lines: nothing says they are
 * gone. Only before anything was applied: afterwards the evidence must show what was decided on.
 */
export function refreshCampaign(
  campaign: Campaign,
  index: OrgIndex,
  decisions: ReadonlyMap<string, Decision>,
  now = Date.now(),
): Refreshed {
  if (campaign.applications.length > 0) throw new Error("This review was applied already: its snapshot can no longer be refreshed.");
  const fresh = snapshotLines(index, campaign.scope, {
    now,
    domains: campaign.domains,
    maxOwners: campaign.maxOwners,
  });
  const before = new Map(campaign.itwins.map((t) => [t.id, t]));
  const unread = new Set(fresh.lacking.filter((t) => before.has(t.id)).map((t) => t.id));
  const itwins = [...fresh.itwins, ...campaign.itwins.filter((t) => unread.has(t.id))];
  const lines = [...fresh.lines, ...campaign.lines.filter((l) => unread.has(l.iTwinId))];
  const lacking = fresh.lacking.filter((t) => !unread.has(t.id));
  const ids = new Set(lines.map((l) => l.id));
  const kept = new Map<string, Decision>();
  for (const [id, d] of decisions) if (ids.has(id)) kept.set(id, d);
  const gone: Refreshed["gone"] = [];
  for (const line of campaign.lines) {
    if (ids.has(line.id)) continue;
    const decision = decisions.get(line.id);
    gone.push({ line, ...(decision && { decision }), since: now });
  }
  // Lines gone at an earlier refresh stay listed, unless their grant came back.
  // (A line gone now was still in the campaign, so it was not among those gone before.)
  const earlier = (campaign.gone ?? []).filter((g) => !ids.has(g.line.id));
  return {
    campaign: { ...campaign, snapshotAt: now, itwins, lines, lacking, gone: [...earlier, ...gone] },
    decisions: kept,
    gone,
  };
}

/** The campaign with other e-mail domains or owner limit: hints are worked out again, nothing else changes. */
export function withSettings(campaign: Campaign, settings: { domains?: string[]; maxOwners?: number }): Campaign {
  const domains = settings.domains ?? campaign.domains;
  const maxOwners = settings.maxOwners ?? campaign.maxOwners;
  const cache = newHintCache();
  const byITwin = new Map(
    campaign.itwins.map((t) => [
      t.id,
      hintsFor({ now: campaign.snapshotAt, domains, maxOwners, roles: new Map(t.roles.map((r) => [r.id, r])), owners: t.owners }, cache),
    ]),
  );
  const none = hintsFor({ now: campaign.snapshotAt, domains, maxOwners, roles: new Map(), owners: 0 }, cache);
  const lines = campaign.lines.map((l) => ({ ...l, hints: (byITwin.get(l.iTwinId) ?? none)(l) }));
  return { ...campaign, domains, maxOwners, lines };
}
