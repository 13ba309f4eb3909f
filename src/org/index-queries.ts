// Questions over the organization index: pure functions of the stored snapshots, so they are unit
// tested without a browser and answer in a few ms over thousands of iTwins.
import { hasFacts, roleLookup, rowOf, summarize, type ITwinRow } from "./itwin-summary";

export { hasFacts, PRIVILEGED, type ITwinRow } from "./itwin-summary";
import { personName, type AccountSnapshot, type ITwinSnapshot, type PersonRef, type RoleFact } from "./snapshot";

/** "organization administrator" is known only for the signed-in user (see org-admin-access.ts). */
export type Route = "direct" | "group" | "account role" | "owner" | "organization administrator";

export interface Grant {
  route: Route;
  /** The role's name; null for ownership and organization administration. */
  role: string | null;
  /** The group it comes through, for "group". */
  via?: string;
  permissions: string[];
}

/** How a grant reads on screen and in exports: "Reader (direct)", "Contributor (via group Team)", "Owner", "Organization administrator". */
export function grantLabel(g: Grant): string {
  if (g.route === "owner") return "Owner";
  if (g.route === "organization administrator") return "Organization administrator";
  if (g.route === "group") return `${g.role} (via group ${g.via})`;
  if (g.route === "account role") return `${g.role} (account role${g.via ? ` via group ${g.via}` : ""})`;
  return `${g.role} (direct)`;
}

export interface ITwinAccess {
  iTwinId: string;
  iTwinName: string;
  /** When this iTwin's facts were read: the answer is as fresh as this. */
  snapshotAt: number | null;
  grants: Grant[];
  permissions: string[];
}

export interface OrgIndex {
  itwins: ITwinSnapshot[];
  account: AccountSnapshot | null;
}

/** iTwins whose facts are not in (pending or failed): any answer drawn from the index lacks these. */
export function lacking(index: OrgIndex): ITwinSnapshot[] {
  return lackingOf(index.itwins);
}

type Header = Pick<ITwinSnapshot, "id" | "displayName" | "state" | "snapshotAt">;

export function lackingOf<T extends Header>(itwins: readonly T[]): T[] {
  return itwins.filter((t) => t.state === "pending" || t.state === "failed");
}

export interface Person extends PersonRef {
  name: string;
  haystack: string;
  /** Positions in `index.itwins` where this person is a member, an owner or in a group holding roles. */
  at: number[];
}

/** Everyone the index knows (members, owners), once each, with where to look for their access. */
/** A person of the index, from any record naming them: only the person's fields (a member row's role ids belong to one iTwin). */
export function personOf(p: PersonRef): Person {
  const name = personName(p);
  const { id, email, givenName, surname } = p;
  return { id, email, givenName, surname, name, haystack: `${name} ${email ?? ""}`.toLowerCase(), at: [] };
}

export function people(index: OrgIndex): Person[] {
  const byId = new Map<string, Person>();
  const at = new Map<string, number[]>();
  const seen = (id: string, i: number) => {
    const list = at.get(id);
    if (!list) at.set(id, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const know = (p: PersonRef) => {
    if (!byId.has(p.id)) byId.set(p.id, personOf(p));
  };
  const add = (p: PersonRef, i: number) => {
    seen(p.id, i);
    know(p);
  };
  index.itwins.forEach((t, i) => {
    for (const u of t.users) add(u, i);
    for (const o of t.owners) add(o, i);
    for (const g of t.groupMembers) for (const m of groupMembersOf(t, index.account, g.id)) seen(m, i);
  });
  // Members of the Account iTwin itself: found like anyone, their access there is read from the account.
  for (const u of index.account?.users ?? []) know(u);
  for (const p of byId.values()) p.at = at.get(p.id) ?? [];
  return [...byId.values()];
}

/** Everyone of an index, as the views ask for them: by search, by id, or all. */
export interface PeopleIndex {
  readonly size: number;
  /** The first `limit` people whose name or e-mail holds `text` (any case), in the index's order. */
  search(text: string, limit?: number): Person[];
  byId(id: string): Person | undefined;
  /** Everyone, in the index's order. */
  list(): readonly Person[];
}

/** The people of a list already made (from `people`). */
export function peopleIndex(all: readonly Person[]): PeopleIndex {
  let byId: Map<string, Person> | null = null;
  return {
    size: all.length,
    search: (text, limit) => searchPeople(all, text, limit),
    byId: (id) => (byId ??= new Map(all.map((p) => [p.id, p]))).get(id),
    list: () => all,
  };
}

export function searchPeople(all: readonly Person[], text: string, limit = 50): Person[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const out: Person[] = [];
  for (const p of all) {
    if (p.haystack.includes(needle)) out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}

export function groupMembersOf(itwin: ITwinSnapshot, account: AccountSnapshot | null, groupId: string): string[] {
  return itwin.groups?.find((g) => g.id === groupId)?.memberIds ?? account?.groups.find((g) => g.id === groupId)?.memberIds ?? [];
}

/** Where one person has access on one iTwin, and through what. */
export function accessOn(itwin: ITwinSnapshot, account: AccountSnapshot | null, personId: string): ITwinAccess | null {
  const lookup = roleLookup(itwin, account);
  const grants: Grant[] = [];
  const grant = (roleId: string, route: "direct" | "group", via?: string) => {
    const { role, account: isAccount } = lookup(roleId);
    grants.push({
      route: isAccount ? "account role" : route,
      role: role?.displayName ?? roleId,
      ...(via !== undefined && { via }),
      permissions: role?.permissions ?? [],
    });
  };
  itwin.users.find((u) => u.id === personId)?.roleIds.forEach((r) => grant(r, "direct"));
  for (const g of itwin.groupMembers) {
    if (groupMembersOf(itwin, account, g.id).includes(personId)) g.roleIds.forEach((r) => grant(r, "group", g.name));
  }
  if (itwin.owners.some((o) => o.id === personId)) grants.push({ route: "owner", role: null, permissions: [] });
  if (grants.length === 0) return null;
  const permissions = [...new Set(grants.flatMap((g) => g.permissions))].sort();
  return { iTwinId: itwin.id, iTwinName: itwin.displayName, snapshotAt: itwin.snapshotAt, grants, permissions };
}

/** A person's direct roles on the Account iTwin itself, when they are one of its members. */
export function accountAccessOf(account: AccountSnapshot | null, personId: string): ITwinAccess | null {
  const member = account?.users.find((u) => u.id === personId);
  if (!account || !member) return null;
  const roles = new Map(account.roles.map((r) => [r.id, r]));
  const grants: Grant[] = member.roleIds.map((id) => ({
    route: "direct",
    role: roles.get(id)?.displayName ?? id,
    permissions: roles.get(id)?.permissions ?? [],
  }));
  const permissions = [...new Set(grants.flatMap((g) => g.permissions))].sort();
  return { iTwinId: account.id, iTwinName: account.displayName, snapshotAt: account.snapshotAt, grants, permissions };
}

/**
 * A person's access on every indexed iTwin and on the Account iTwin; `at` (from `people`) narrows the
 * look to the iTwins where they appear.
 */
export function accessOf(index: OrgIndex, personId: string, at?: readonly number[]): ITwinAccess[] {
  const out: ITwinAccess[] = [];
  const onAccount = accountAccessOf(index.account, personId);
  if (onAccount) out.push(onAccount);
  for (const t of at ? at.map((i) => index.itwins[i]!) : index.itwins) {
    if (!hasFacts(t)) continue;
    const access = accessOn(t, index.account, personId);
    if (access) out.push(access);
  }
  return out;
}

export interface Holding {
  iTwinId: string;
  iTwinName: string;
  personId: string;
  personName: string;
  role: string;
  route: Route;
  via?: string;
}

/** Who holds a role of this name, or any role granting this permission, on which iTwins. */
export function holders(index: OrgIndex, query: { roleName?: string; permission?: string }): Holding[] {
  const roleName = query.roleName?.trim().toLowerCase();
  const permission = query.permission?.trim();
  const matches = (r: RoleFact | undefined) =>
    !!r && (roleName ? r.displayName.toLowerCase() === roleName : true) && (permission ? r.permissions.includes(permission) : true);
  const names = new Map(people(index).map((p) => [p.id, p.name]));
  const out: Holding[] = [];
  for (const t of index.itwins) {
    if (!hasFacts(t)) continue;
    const lookup = roleLookup(t, index.account);
    const base = { iTwinId: t.id, iTwinName: t.displayName };
    for (const u of t.users)
      for (const id of u.roleIds) {
        const { role, account } = lookup(id);
        if (matches(role))
          out.push({
            ...base,
            personId: u.id,
            personName: names.get(u.id) ?? u.id,
            role: role!.displayName,
            route: account ? "account role" : "direct",
          });
      }
    for (const g of t.groupMembers)
      for (const id of g.roleIds) {
        const { role } = lookup(id);
        if (!matches(role)) continue;
        for (const m of groupMembersOf(t, index.account, g.id))
          out.push({ ...base, personId: m, personName: names.get(m) ?? m, role: role!.displayName, route: "group", via: g.name });
      }
  }
  return out;
}

export function iTwinRows(index: OrgIndex, now = Date.now()): ITwinRow[] {
  return index.itwins.map((t) => rowOf(summarize(t, index.account), now));
}

/** Each person's access as comparable keys (iTwin, route, role), gathered in one pass over the index. */
function accessKeys(index: OrgIndex): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const add = (personId: string, key: string) => {
    const list = keys.get(personId);
    if (list) list.push(key);
    else keys.set(personId, [key]);
  };
  for (const t of index.itwins) {
    if (!hasFacts(t)) continue;
    for (const u of t.users) for (const r of u.roleIds) add(u.id, `${t.id} ${r}`);
    for (const g of t.groupMembers)
      for (const m of groupMembersOf(t, index.account, g.id)) for (const r of g.roleIds) add(m, `${t.id} ${r} ${g.id}`);
    for (const o of t.owners) add(o.id, `${t.id} owner`);
  }
  const account = index.account;
  if (account) for (const u of account.users) for (const r of u.roleIds) add(u.id, `${account.id} ${r}`);
  return keys;
}

/** Everyone whose access is exactly this person's: the same roles on the same iTwins through the same routes. */
export function sameAccessAs(index: OrgIndex, personId: string): string[] {
  const keys = accessKeys(index);
  const signature = (id: string) => [...new Set(keys.get(id) ?? [])].sort().join("\n");
  const mine = signature(personId);
  if (!mine) return [];
  return [...keys.keys()].filter((id) => id !== personId && signature(id) === mine);
}
