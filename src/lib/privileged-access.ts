// Who can change access on an iTwin: its owners (full control without any role) and everyone holding an
// administration_* permission, each with every way they hold it (a role held directly, or a role held
// by a group they are in). Organization administrators can too, but no API lists them.
import type { Group, GroupMember, OwnerMember, Role, RoleRef, UserMember } from "../api/wire";

export const isAdministrationPermission = (permission: string) => permission.startsWith("administration_");

export type PrivilegeSource =
  | { kind: "owner" }
  | { kind: "direct"; role: RoleRef; permissions: string[] }
  | { kind: "group"; groupId: string; groupName: string; role: RoleRef; permissions: string[] };

export interface PrivilegedPerson {
  key: string;
  id: string | null;
  email: string | null;
  name: string;
  owner: boolean;
  /** Every administration permission the person holds (all of them for an owner). */
  permissions: string[];
  sources: PrivilegeSource[];
}

export interface PrivilegedInput {
  roles: readonly Role[];
  users: readonly UserMember[];
  groupMembers: readonly GroupMember[];
  /** Groups with their people; null when they could not be read (group paths are then unknown). */
  groups: readonly Group[] | null;
  owners: readonly OwnerMember[];
}

export interface PrivilegedSummary {
  people: PrivilegedPerson[];
  owners: number;
  /** People who hold an administration permission through a role (owners not counted twice). */
  byRole: number;
  /** Per administration permission, how many people hold it (owners included). */
  perPermission: { permission: string; count: number }[];
  /** Groups holding administration roles whose people could not be read. */
  unresolvedGroups: string[];
}

const lower = (s: string | null | undefined) => (s ?? "").toLowerCase();
const nameOf = (p: { givenName?: string | null; surname?: string | null; email?: string | null }, id: string | null) =>
  [p.givenName, p.surname].filter(Boolean).join(" ") || p.email || `Missing user ${id ?? ""}`;

export function privilegedAccess(input: PrivilegedInput): PrivilegedSummary {
  const adminOf = new Map(input.roles.map((r) => [lower(r.id), (r.permissions ?? []).filter(isAdministrationPermission)]));
  const allAdmin = [...new Set(input.roles.flatMap((r) => (r.permissions ?? []).filter(isAdministrationPermission)))].sort();
  const people = new Map<string, PrivilegedPerson>();
  const byEmail = new Map<string, string>();

  const personFor = (id: string | null, email: string | null, profile: Parameters<typeof nameOf>[0]): PrivilegedPerson => {
    const known = (id && people.get(lower(id))) ?? (email && people.get(byEmail.get(lower(email)) ?? ""));
    if (known) return known;
    const key = lower(id ?? email);
    const person: PrivilegedPerson = { key, id, email, name: nameOf(profile, id), owner: false, permissions: [], sources: [] };
    people.set(key, person);
    if (email) byEmail.set(lower(email), key);
    return person;
  };

  for (const o of input.owners) {
    const p = personFor(o.id, o.email ?? null, o);
    p.owner = true;
    p.sources.push({ kind: "owner" });
  }
  for (const u of input.users) {
    for (const role of u.roles) {
      const permissions = adminOf.get(lower(role.id)) ?? [];
      if (permissions.length > 0) personFor(u.id, u.email ?? null, u).sources.push({ kind: "direct", role, permissions });
    }
  }
  const groups = new Map((input.groups ?? []).map((g) => [lower(g.id), g]));
  const unresolved: string[] = [];
  for (const gm of input.groupMembers) {
    const held = gm.roles.map((role) => ({ role, permissions: adminOf.get(lower(role.id)) ?? [] })).filter((h) => h.permissions.length > 0);
    if (held.length === 0) continue;
    const group = groups.get(lower(gm.id));
    if (!group) {
      unresolved.push(gm.groupName);
      continue;
    }
    for (const member of group.members) {
      const id = member.userId ?? member.id ?? null;
      const p = personFor(id, member.email ?? null, member);
      for (const h of held) p.sources.push({ kind: "group", groupId: gm.id, groupName: gm.groupName, ...h });
    }
  }

  const list = [...people.values()];
  for (const p of list) {
    p.permissions = p.owner ? allAdmin : [...new Set(p.sources.flatMap((s) => (s.kind === "owner" ? [] : s.permissions)))].sort();
  }
  list.sort((a, b) => Number(b.owner) - Number(a.owner) || a.name.localeCompare(b.name));
  return {
    people: list,
    owners: list.filter((p) => p.owner).length,
    byRole: list.filter((p) => !p.owner).length,
    perPermission: allAdmin.map((permission) => ({ permission, count: list.filter((p) => p.permissions.includes(permission)).length })),
    unresolvedGroups: unresolved,
  };
}

/** "Owner: full control" / "Role Project Manager" / "Group Site Engineers → Project Manager". */
export function describeSource(source: PrivilegeSource): string {
  if (source.kind === "owner") return "Owner: full control";
  return source.kind === "direct" ? `Role ${source.role.displayName}` : `Group ${source.groupName} → ${source.role.displayName}`;
}
