// What the iTwins table and the counts need of one iTwin, worked out when its facts are stored: a
// reload then lists a thousand iTwins without parsing any member. Dates stay raw so "expired" and
// "active" are judged at the time the table is shown, as they were from the full facts.
import type { AccountSnapshot, ITwinSnapshot, RoleFact } from "./snapshot";

/**
 * Whether answers can use this iTwin's facts: read in full, or read before and now being refreshed (or
 * whose refresh failed), when the earlier snapshot answers until it is replaced.
 */
export function hasFacts(t: Pick<ITwinSnapshot, "state" | "snapshotAt">): boolean {
  return t.state === "done" || (t.state !== "noAccess" && t.snapshotAt !== null);
}

export const PRIVILEGED = ["administration_manage_roles", "administration_invite_member", "administration_manage_groups"];

export function roleLookup(itwin: Pick<ITwinSnapshot, "roles">, account: AccountSnapshot | null) {
  const own = new Map(itwin.roles.map((r) => [r.id, r]));
  const shared = new Map((account?.roles ?? []).map((r) => [r.id, r]));
  return (id: string): { role: RoleFact | undefined; account: boolean } =>
    own.has(id) ? { role: own.get(id), account: false } : { role: shared.get(id), account: shared.has(id) };
}

export interface ITwinRow {
  id: string;
  name: string;
  number: string;
  state: ITwinSnapshot["state"];
  snapshotAt: number | null;
  members: number;
  owners: number;
  groups: number;
  missingUsers: number;
  pendingInvitations: number;
  expiredInvitations: number;
  activeShares: number;
  privileged: number;
  flags: string[];
}

export interface ITwinCounts {
  members: number;
  owners: number;
  groups: number;
  missingUsers: number;
  privileged: number;
  /** Expiration dates of the pending invitations. */
  pendingExpirations: string[];
  /** Expiration dates of the share links; empty when they could not be read. */
  shareExpirations: string[];
}

export interface ITwinSummary {
  id: string;
  displayName: string;
  number: string | null;
  state: ITwinSnapshot["state"];
  snapshotAt: number | null;
  error?: string;
  counts: ITwinCounts;
}

export function countsOf(t: ITwinSnapshot, account: AccountSnapshot | null): ITwinCounts {
  const lookup = roleLookup(t, account);
  const isPrivileged = (ids: string[]) => ids.some((id) => lookup(id).role?.permissions.some((p) => PRIVILEGED.includes(p)));
  return {
    members: t.users.length,
    owners: t.owners.length,
    groups: t.groupMembers.length,
    missingUsers: t.users.filter((u) => !u.email && !u.givenName && !u.surname).length,
    privileged: t.users.filter((u) => isPrivileged(u.roleIds)).length + t.groupMembers.filter((g) => isPrivileged(g.roleIds)).length,
    pendingExpirations: t.invitations.filter((i) => i.status === "Pending").map((i) => i.expirationDate),
    shareExpirations: (t.shares ?? []).map((s) => s.expiration),
  };
}

export function summarize(t: ITwinSnapshot, account: AccountSnapshot | null): ITwinSummary {
  return {
    id: t.id,
    displayName: t.displayName,
    number: t.number,
    state: t.state,
    snapshotAt: t.snapshotAt,
    ...(t.error !== undefined && { error: t.error }),
    counts: countsOf(t, account),
  };
}

export function rowOf(t: ITwinSummary, now = Date.now()): ITwinRow {
  const c = t.counts;
  const expired = c.pendingExpirations.filter((d) => Date.parse(d) < now).length;
  const activeShares = c.shareExpirations.filter((d) => Date.parse(d) > now).length;
  const flags: string[] = [];
  if (hasFacts(t)) {
    if (c.owners === 0) flags.push("no owner");
    if (c.owners === 1) flags.push("single owner");
    if (activeShares > 0) flags.push("public links");
    if (c.missingUsers > 0) flags.push("missing users");
  }
  return {
    id: t.id,
    name: t.displayName,
    number: t.number ?? "",
    state: t.state,
    snapshotAt: t.snapshotAt,
    members: c.members,
    owners: c.owners,
    groups: c.groups,
    missingUsers: c.missingUsers,
    pendingInvitations: c.pendingExpirations.length - expired,
    expiredInvitations: expired,
    activeShares,
    privileged: c.privileged,
    flags,
  };
}
