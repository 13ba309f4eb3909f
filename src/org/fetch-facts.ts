// Reads one iTwin's access facts, and the Account iTwin's, as few requests as the API allows: the
// largest page Access Control accepts, one list per kind. A 403 on the organization-admin-only lists
// (groups, shares) leaves that part unknown instead of failing the iTwin.
import type { HttpClient } from "../api/http-client";
import { isApiError } from "../api/api-error";
import { fetchAll } from "../api/operation-queries";
import { payloadOf } from "../api/operations/define";
import { roleOperations } from "../api/operations/accesscontrol-roles";
import { memberOperations } from "../api/operations/accesscontrol-members";
import { groupOperations } from "../api/operations/accesscontrol-groups";
import { shareOperations } from "../api/operations/accesscontrol-shares";
import type { Group, Role } from "../api/wire";
import type { AccountSnapshot, GroupFact, ITwinSnapshot, RoleFact } from "./snapshot";

/** The page size the console uses everywhere: a larger `$top` is undocumented for Access Control lists. */
export const AC_PAGE = 100;

const roleFact = (r: Role): RoleFact => ({ id: r.id, displayName: r.displayName, permissions: r.permissions ?? [] });
const groupFact = (g: Group): GroupFact => ({
  id: g.id,
  name: g.name,
  memberIds: g.members.map((m) => m.userId ?? m.id ?? "").filter(Boolean),
});

async function unlessForbidden<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isApiError(error) && error.status === 403) return null;
    throw error;
  }
}

export async function fetchRoles(client: HttpClient, iTwinId: string, signal: AbortSignal): Promise<RoleFact[]> {
  const answer = await client.request(roleOperations.listRoles, { iTwinId }, { signal });
  return payloadOf(roleOperations.listRoles, answer).map(roleFact);
}

export async function fetchGroups(client: HttpClient, iTwinId: string, signal: AbortSignal): Promise<GroupFact[] | null> {
  const groups = await unlessForbidden(() => fetchAll(client, groupOperations.listGroups, { iTwinId }, { top: AC_PAGE, signal }));
  return groups?.map(groupFact) ?? null;
}

/** Every fact of one iTwin; a 403 on its roles means the caller has no access (state noAccess). */
export async function fetchITwinFacts(
  client: HttpClient,
  base: Pick<ITwinSnapshot, "id" | "displayName" | "number">,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<ITwinSnapshot> {
  const iTwinId = base.id;
  const empty = { ...base, roles: [], users: [], groupMembers: [], groups: null, owners: [], invitations: [], shares: null };
  const roles = await unlessForbidden(() => fetchRoles(client, iTwinId, signal));
  if (roles === null) return { ...empty, state: "noAccess", snapshotAt: now() };
  const users = await fetchAll(client, memberOperations.listUserMembers, { iTwinId }, { top: AC_PAGE, signal });
  const groupMembers = await fetchAll(client, memberOperations.listGroupMembers, { iTwinId }, { top: AC_PAGE, signal });
  const owners = await fetchAll(client, memberOperations.listOwners, { iTwinId }, { top: AC_PAGE, signal });
  const invitations = await fetchAll(client, memberOperations.listInvitations, { iTwinId }, { top: AC_PAGE, signal });
  const groups = groupMembers.length > 0 ? await fetchGroups(client, iTwinId, signal) : [];
  const shares = await unlessForbidden(async () =>
    payloadOf(shareOperations.listShares, await client.request(shareOperations.listShares, { iTwinId }, { signal })),
  );
  return {
    ...base,
    state: "done",
    snapshotAt: now(),
    roles,
    users: users.map((u) => ({
      id: u.id,
      email: u.email ?? null,
      givenName: u.givenName ?? null,
      surname: u.surname ?? null,
      roleIds: u.roles.map((r) => r.id),
    })),
    groupMembers: groupMembers.map((g) => ({ id: g.id, name: g.groupName, roleIds: g.roles.map((r) => r.id) })),
    groups,
    owners: owners.map((o) => ({ id: o.id, email: o.email ?? null, givenName: o.givenName ?? null, surname: o.surname ?? null })),
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, status: i.status, expirationDate: i.expirationDate })),
    shares: shares?.map((s) => ({ id: s.id, expiration: s.expiration })) ?? null,
  };
}

export async function fetchAccountFacts(
  client: HttpClient,
  account: { id: string; displayName: string },
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<AccountSnapshot> {
  const roles = (await unlessForbidden(() => fetchRoles(client, account.id, signal))) ?? [];
  const groups = (await fetchGroups(client, account.id, signal)) ?? [];
  return { ...account, roles, groups, snapshotAt: now() };
}
