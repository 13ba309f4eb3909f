// Effective access: every permission a person holds on the iTwin and every way it reaches them.
// A person holds a role directly (user member) or through a group member of the iTwin whose Access
// Control group contains them (matched by user id, else by e-mail, case-insensitively). Roles carry the
// permissions; member role refs carry none, so the iTwin's roles (listRoles) resolve them.
// Owners hold every permission without any role: they are a source of access of their own.
import type { Group, GroupMember, GroupUser, OwnerMember, Role, RoleRef, UserMember } from "../../api/wire";

/** Someone who may hold access: a user member, or a user known only from a group's member list. */
export interface Person {
  id: string;
  email: string | null;
  givenName: string | null;
  surname: string | null;
  directRoles: RoleRef[];
  /** False for people who reach the iTwin only through a group (they cannot be given direct roles here). */
  isUserMember: boolean;
}

export type AccessPath = { kind: "direct"; role: RoleRef } | { kind: "group"; groupId: string; groupName: string; role: RoleRef };

export interface PermissionProvenance {
  permission: string;
  paths: AccessPath[];
}

export interface EffectiveAccess {
  person: Person;
  /** Every role the person holds, each with how it is held. */
  rolePaths: AccessPath[];
  permissions: PermissionProvenance[];
  /** Held roles missing from the catalogue: their permissions are unknown. */
  unknownRoles: RoleRef[];
  /** An owner of the iTwin: full control, whatever their roles say. */
  owner: boolean;
}

export interface AccessData {
  roles: readonly Role[];
  users: readonly UserMember[];
  groupMembers: readonly GroupMember[];
  /** The iTwin's Access Control groups with their users; null when they could not be read. */
  groups: readonly Group[] | null;
  /** The iTwin's owners; absent when they could not be read. */
  owners?: readonly OwnerMember[];
}

export function isOwner(person: Pick<Person, "id" | "email">, owners: readonly OwnerMember[] | undefined): boolean {
  return (owners ?? []).some((o) => sameId(o.id, person.id) || (o.email != null && person.email != null && sameId(o.email, person.email)));
}

const lower = (s: string | null | undefined) => (s ?? "").toLowerCase();
export const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function personFromUser(u: UserMember): Person {
  return {
    id: u.id,
    email: u.email ?? null,
    givenName: u.givenName ?? null,
    surname: u.surname ?? null,
    directRoles: u.roles,
    isUserMember: true,
  };
}

function personFromGroupUser(g: GroupUser): Person | null {
  const id = g.userId ?? g.id;
  if (!id && !g.email) return null;
  return {
    id: id ?? g.email!,
    email: g.email ?? null,
    givenName: g.givenName ?? null,
    surname: g.surname ?? null,
    directRoles: [],
    isUserMember: false,
  };
}

export function personName(p: Pick<Person, "givenName" | "surname" | "email" | "id">): string {
  const name = [p.givenName, p.surname].filter(Boolean).join(" ");
  return name || p.email || `Missing user ${p.id}`;
}

/** Which iTwin group members (by group id) a person belongs to, precomputed once for many lookups. */
export class GroupIndex {
  private byUserId = new Map<string, Set<string>>();
  private byEmail = new Map<string, Set<string>>();
  /** Group members of the iTwin whose user list could not be read (not in the groups list). */
  readonly unresolved: GroupMember[];

  constructor(groupMembers: readonly GroupMember[], groups: readonly Group[] | null) {
    const groupsById = new Map((groups ?? []).map((g) => [lower(g.id), g]));
    this.unresolved = groupMembers.filter((gm) => !groupsById.has(lower(gm.id)));
    for (const gm of groupMembers) {
      const group = groupsById.get(lower(gm.id));
      for (const u of group?.members ?? []) {
        const id = u.userId ?? u.id;
        if (id) add(this.byUserId, lower(id), gm.id);
        if (u.email) add(this.byEmail, lower(u.email), gm.id);
      }
    }
  }

  groupIdsOf(person: Pick<Person, "id" | "email">): Set<string> {
    const found = new Set(this.byUserId.get(lower(person.id)) ?? []);
    if (person.email) for (const g of this.byEmail.get(lower(person.email)) ?? []) found.add(g);
    return found;
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Everyone who may hold access: user members first, then users reached only through a group member, then owners who are neither. */
export function peopleOf(data: AccessData): Person[] {
  const people = data.users.map(personFromUser);
  const ids = new Set(people.map((p) => lower(p.id)));
  const emails = new Set(people.map((p) => lower(p.email)).filter(Boolean));
  const holding = new Set(data.groupMembers.map((gm) => lower(gm.id)));
  for (const group of data.groups ?? []) {
    if (!holding.has(lower(group.id))) continue;
    for (const u of group.members) {
      const p = personFromGroupUser(u);
      if (!p || ids.has(lower(p.id)) || (p.email && emails.has(lower(p.email)))) continue;
      ids.add(lower(p.id));
      if (p.email) emails.add(lower(p.email));
      people.push(p);
    }
  }
  for (const o of data.owners ?? []) {
    if (ids.has(lower(o.id)) || (o.email && emails.has(lower(o.email)))) continue;
    ids.add(lower(o.id));
    people.push({
      id: o.id,
      email: o.email ?? null,
      givenName: o.givenName ?? null,
      surname: o.surname ?? null,
      directRoles: [],
      isUserMember: false,
    });
  }
  return people;
}

/** Every role the person holds: direct ones first, then one path per group and role. */
export function rolePathsOf(person: Person, groupMembers: readonly GroupMember[], index: GroupIndex): AccessPath[] {
  const paths: AccessPath[] = person.directRoles.map((role) => ({ kind: "direct", role }));
  const mine = index.groupIdsOf(person);
  for (const gm of groupMembers) {
    if (!mine.has(gm.id)) continue;
    for (const role of gm.roles) paths.push({ kind: "group", groupId: gm.id, groupName: gm.groupName, role });
  }
  return paths;
}

export function roleCatalogue(roles: readonly Role[]): Map<string, Role> {
  return new Map(roles.map((r) => [lower(r.id), r]));
}

export function effectiveAccess(person: Person, data: AccessData, index = new GroupIndex(data.groupMembers, data.groups)): EffectiveAccess {
  const catalogue = roleCatalogue(data.roles);
  const rolePaths = rolePathsOf(person, data.groupMembers, index);
  const byPermission = new Map<string, AccessPath[]>();
  const unknown = new Map<string, RoleRef>();
  for (const path of rolePaths) {
    const role = catalogue.get(lower(path.role.id));
    if (!role) {
      unknown.set(lower(path.role.id), path.role);
      continue;
    }
    for (const permission of role.permissions ?? []) {
      const list = byPermission.get(permission) ?? [];
      list.push(path);
      byPermission.set(permission, list);
    }
  }
  const permissions = [...byPermission.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([permission, paths]) => ({ permission, paths }));
  return { person, rolePaths, permissions, unknownRoles: [...unknown.values()], owner: isOwner(person, data.owners) };
}

/** "Direct role iTwin Reader" / "Group Site Engineers → iTwin Contributor". */
export function describePath(path: AccessPath): string {
  return path.kind === "direct" ? `Direct role ${path.role.displayName}` : `Group ${path.groupName} → ${path.role.displayName}`;
}
