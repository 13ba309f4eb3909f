// What the index tells a reviewer about a line before they decide: hints are facts (no e-mail, past
// expiry, outside the organization's domains, …), worked out once when the snapshot is taken, so the
// evidence shows what the reviewer saw.
import { PRIVILEGED } from "../itwin-summary";
import type { CampaignRole, Hint, ReviewLine } from "./campaign";

export interface HintContext {
  /** Expiries are judged at this time (the snapshot's). */
  now: number;
  domains: readonly string[];
  maxOwners: number;
  /** The iTwin's roles (its own and the Account iTwin's). */
  roles: ReadonlyMap<string, CampaignRole>;
  /** How many owners the iTwin has. */
  owners: number;
}

export const HINT_LABELS: Record<Hint, string> = {
  missingUser: "Missing user",
  expiredInvitation: "Expired invitation",
  outsideDomain: "Outside the organization's domains",
  singleOwner: "Only owner",
  manyOwners: "Many owners",
  anonymousLink: "Anonymous access (share link)",
  expiredLink: "Expired share link",
  privileged: "Privileged",
  noRole: "No role",
  accountRole: "Account role",
  onlyThroughGroup: "Access only through this group",
};

/** The permissions that change who has access (the index's own list): reading members is not one. */
export const isPrivilegedPermission = (p: string) => PRIVILEGED.includes(p);

export function domainOf(email: string): string | null {
  const at = email.lastIndexOf("@");
  return at < 0
    ? null
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase() || null;
}

/**
 * The domains most of these e-mails share: the most common ones, in order, until they cover at least
 * 80% of the e-mails; a domain of a single e-mail is never taken as the organization's.
 */
export function defaultDomains(emails: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const e of emails) {
    const d = domainOf(e);
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const out: string[] = [];
  let covered = 0;
  for (const [d, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (covered >= 0.8 * total || (n < 2 && out.length > 0)) break;
    out.push(d);
    covered += n;
  }
  return out;
}

function outside(email: string | null, domains: readonly string[]): boolean {
  if (!email || domains.length === 0) return false;
  const d = domainOf(email);
  return d !== null && !domains.some((x) => d === x || d.endsWith(`.${x}`));
}

const expired = (date: string | undefined, now: number) => date !== undefined && Date.parse(date) < now;

export function lineHints(line: Omit<ReviewLine, "hints">, ctx: HintContext): Hint[] {
  const hints: Hint[] = [];
  const role = line.roleId ? ctx.roles.get(line.roleId) : undefined;
  switch (line.kind) {
    case "user":
      if (!line.email) hints.push("missingUser");
      if (outside(line.email, ctx.domains)) hints.push("outsideDomain");
      if (line.roleId === null) hints.push("noRole");
      break;
    case "group":
      if (line.roleId === null) hints.push("noRole");
      if ((line.onlyThroughGroup ?? 0) > 0) hints.push("onlyThroughGroup");
      break;
    case "owner":
      if (!line.email) hints.push("missingUser");
      if (outside(line.email, ctx.domains)) hints.push("outsideDomain");
      if (ctx.owners === 1) hints.push("singleOwner");
      if (ctx.owners > ctx.maxOwners) hints.push("manyOwners");
      hints.push("privileged");
      break;
    case "invitation":
      if (expired(line.expiresAt, ctx.now)) hints.push("expiredInvitation");
      if (outside(line.email, ctx.domains)) hints.push("outsideDomain");
      break;
    case "share":
      hints.push("anonymousLink");
      if (expired(line.expiresAt, ctx.now)) hints.push("expiredLink");
      break;
  }
  if (role?.permissions.some(isPrivilegedPermission)) hints.push("privileged");
  if (role?.account) hints.push("accountRole");
  return hints;
}
