// What the index tells a reviewer about a line before they decide: hints are facts (no e-mail, past
// expiry, outside the organization's domains, …), worked out once when the snapshot is taken, so the
// evidence shows what the reviewer saw.
import { PRIVILEGED } from "../itwin-summary";
import { Hint, type CampaignRole, type ReviewLine } from "./campaign";

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

const ORDER = Hint.options;

/**
 * The hints of lines under one context, prepared for a pass over many: each role's and e-mail's verdict
 * is worked out once, and lines with the same hints share one (never changed) array, so a hundred
 * thousand lines cost a few hundred small arrays, not a hundred thousand.
 */
export function hintsFor(ctx: HintContext, shared: { outside: Map<string, boolean>; arrays: Map<number, Hint[]> } = newHintCache()) {
  const roleBits = new Map<string, number>();
  const bit = (h: Hint) => 1 << ORDER.indexOf(h);
  const B = Object.fromEntries(ORDER.map((h) => [h, bit(h)])) as Record<Hint, number>;
  const ofRole = (roleId: string | null) => {
    if (roleId === null) return 0;
    let bits = roleBits.get(roleId);
    if (bits === undefined) {
      const role = ctx.roles.get(roleId);
      bits = (role?.permissions.some(isPrivilegedPermission) ? B.privileged : 0) | (role?.account ? B.accountRole : 0);
      roleBits.set(roleId, bits);
    }
    return bits;
  };
  const isOutside = (email: string | null) => {
    if (!email) return false;
    let out = shared.outside.get(email);
    if (out === undefined) shared.outside.set(email, (out = outside(email, ctx.domains)));
    return out;
  };
  const arrayOf = (bits: number): Hint[] => {
    let hints = shared.arrays.get(bits);
    if (!hints) shared.arrays.set(bits, (hints = ORDER.filter((h) => bits & B[h])));
    return hints;
  };
  return (line: Omit<ReviewLine, "hints" | "id">): Hint[] => {
    let bits = 0;
    switch (line.kind) {
      case "user":
        if (!line.email) bits |= B.missingUser;
        if (isOutside(line.email)) bits |= B.outsideDomain;
        if (line.roleId === null) bits |= B.noRole;
        break;
      case "group":
        if (line.roleId === null) bits |= B.noRole;
        if ((line.onlyThroughGroup ?? 0) > 0) bits |= B.onlyThroughGroup;
        break;
      case "owner":
        if (!line.email) bits |= B.missingUser;
        if (isOutside(line.email)) bits |= B.outsideDomain;
        if (ctx.owners === 1) bits |= B.singleOwner;
        if (ctx.owners > ctx.maxOwners) bits |= B.manyOwners;
        bits |= B.privileged;
        break;
      case "invitation":
        if (expired(line.expiresAt, ctx.now)) bits |= B.expiredInvitation;
        if (isOutside(line.email)) bits |= B.outsideDomain;
        break;
      case "share":
        bits |= B.anonymousLink;
        if (expired(line.expiresAt, ctx.now)) bits |= B.expiredLink;
        break;
    }
    return arrayOf(bits | ofRole(line.roleId));
  };
}

export const newHintCache = () => ({ outside: new Map<string, boolean>(), arrays: new Map<number, Hint[]>() });

export function lineHints(line: Omit<ReviewLine, "hints" | "id">, ctx: HintContext): Hint[] {
  return hintsFor(ctx)(line);
}
