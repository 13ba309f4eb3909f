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
  type ReviewLine,
  type ReviewScope,
  type Reviewer,
} from "./campaign";
import { defaultDomains, lineHints, type HintContext } from "./hints";

export const DEFAULT_MAX_OWNERS = 5;

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

export const lineId = (iTwinId: string, kind: ReviewLine["kind"], subjectId: string, roleId: string | null = null) =>
  roleId === null ? `${iTwinId}|${kind}|${subjectId}` : `${iTwinId}|${kind}|${subjectId}|${roleId}`;

function rolesOf(t: ITwinSnapshot, index: OrgIndex): Map<string, CampaignRole> {
  const roles = new Map<string, CampaignRole>();
  for (const r of index.account?.roles ?? [])
    roles.set(r.id, { id: r.id, displayName: r.displayName, permissions: r.permissions, account: true });
  for (const r of t.roles) roles.set(r.id, { id: r.id, displayName: r.displayName, permissions: r.permissions });
  return roles;
}

/** The lines of one iTwin of the index, and its header for the campaign. */
function linesOfITwin(
  t: ITwinSnapshot,
  index: OrgIndex,
  ctx: Omit<HintContext, "roles" | "owners">,
): { itwin: CampaignITwin; lines: ReviewLine[] } {
  const roles = rolesOf(t, index);
  const used = new Set<string>();
  const lines: ReviewLine[] = [];
  const hc: HintContext = { ...ctx, roles, owners: t.owners.length };
  const push = (line: Omit<ReviewLine, "hints">) => {
    if (line.roleId) used.add(line.roleId);
    lines.push({ ...line, hints: lineHints(line, hc) });
  };
  const person = (p: PersonRef) => ({ subjectId: p.id, subjectName: personName(p), email: p.email });

  for (const u of t.users) {
    const roleIds = u.roleIds.length ? u.roleIds : [null];
    for (const roleId of roleIds)
      push({
        id: lineId(t.id, "user", u.id, roleId),
        iTwinId: t.id,
        kind: "user",
        ...person(u),
        roleId,
        roleName: roleId === null ? null : (roles.get(roleId)?.displayName ?? roleId),
      });
  }

  const direct = new Set([...t.users.map((u) => u.id), ...t.owners.map((o) => o.id)]);
  for (const g of t.groupMembers) {
    const members = groupMembersOf(t, index.account, g.id);
    const only = members.filter((m) => !direct.has(m)).length;
    const roleIds = g.roleIds.length ? g.roleIds : [null];
    for (const roleId of roleIds)
      push({
        id: lineId(t.id, "group", g.id, roleId),
        iTwinId: t.id,
        kind: "group",
        subjectId: g.id,
        subjectName: g.name,
        email: null,
        roleId,
        roleName: roleId === null ? null : (roles.get(roleId)?.displayName ?? roleId),
        groupSize: members.length,
        onlyThroughGroup: only,
      });
  }

  for (const o of t.owners)
    push({ id: lineId(t.id, "owner", o.id), iTwinId: t.id, kind: "owner", ...person(o), roleId: null, roleName: null });

  for (const inv of t.invitations) {
    const email = inv.email.trim().toLowerCase();
    const id = inv.id;
    push({
      id: lineId(t.id, "invitation", email),
      iTwinId: t.id,
      kind: "invitation",
      subjectId: email,
      subjectName: inv.email,
      email: inv.email,
      roleId: null,
      roleName: null,
      ...(id !== undefined && { invitationId: id }),
      expiresAt: inv.expirationDate,
    });
  }

  for (const s of t.shares ?? [])
    push({
      id: lineId(t.id, "share", s.id),
      iTwinId: t.id,
      kind: "share",
      subjectId: s.id,
      subjectName: "Share link",
      email: null,
      roleId: null,
      roleName: null,
      expiresAt: s.expiration,
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

function snapshotLines(index: OrgIndex, scope: ReviewScope, ctx: Omit<HintContext, "roles" | "owners">) {
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
  /** Decisions dropped because their grant is gone from the index. */
  dropped: Decision[];
}

/**
 * The campaign's lines taken again from the (fresher) index, with its scope, domains and owner limit;
 * decisions on grants that are gone are dropped. Only before anything was applied: afterwards the
 * evidence must show what was decided on.
 */
export function refreshCampaign(
  campaign: Campaign,
  index: OrgIndex,
  decisions: ReadonlyMap<string, Decision>,
  now = Date.now(),
): Refreshed {
  if (campaign.applications.length > 0) throw new Error("This review was applied already: its snapshot can no longer be refreshed.");
  const { itwins, lines, lacking } = snapshotLines(index, campaign.scope, {
    now,
    domains: campaign.domains,
    maxOwners: campaign.maxOwners,
  });
  const ids = new Set(lines.map((l) => l.id));
  const kept = new Map<string, Decision>();
  const dropped: Decision[] = [];
  for (const [id, d] of decisions) {
    if (ids.has(id)) kept.set(id, d);
    else dropped.push(d);
  }
  return { campaign: { ...campaign, snapshotAt: now, itwins, lines, lacking }, decisions: kept, dropped };
}

/** The campaign with other e-mail domains or owner limit: hints are worked out again, nothing else changes. */
export function withSettings(campaign: Campaign, settings: { domains?: string[]; maxOwners?: number }): Campaign {
  const domains = settings.domains ?? campaign.domains;
  const maxOwners = settings.maxOwners ?? campaign.maxOwners;
  const byITwin = new Map(campaign.itwins.map((t) => [t.id, t]));
  const roleMaps = new Map(campaign.itwins.map((t) => [t.id, new Map(t.roles.map((r) => [r.id, r]))]));
  const lines = campaign.lines.map((l) => {
    const t = byITwin.get(l.iTwinId);
    const hc: HintContext = {
      now: campaign.snapshotAt,
      domains,
      maxOwners,
      roles: roleMaps.get(l.iTwinId) ?? new Map(),
      owners: t?.owners ?? 0,
    };
    return { ...l, hints: lineHints(l, hc) };
  });
  return { ...campaign, domains, maxOwners, lines };
}
