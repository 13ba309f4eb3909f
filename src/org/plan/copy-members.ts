// "Copy one iTwin's members to another": every user member of the source with their roles, matched by
// role name onto the target's roles (an Account iTwin role is the same role on both); group members
// only where the group can be a member of the target, that is the Account iTwin's groups. A role the
// target lacks is reported: its holders get their other roles, and creating it is offered (not chosen),
// so that copying again gives it to them. What the target's members already hold is left as it is.
import { sameEmail } from "../../api/access-jobs/actions";
import { lacking, type OrgIndex } from "../index-queries";
import { roleLookup } from "../itwin-summary";
import { personName, type ITwinSnapshot, type RoleFact } from "../snapshot";
import type { Plan, PlanChange } from "./plan";
import { rolesOf } from "./role-effects";
import { rolesChange } from "./same-access";

export interface CopyMembersOptions {
  id: string;
  now?: number;
}

const nameKey = (name: string) => name.trim().toLowerCase();

export function copyMembersPlan(index: OrgIndex, sourceId: string, targetId: string, options: CopyMembersOptions): Plan {
  const source = index.itwins.find((t) => t.id === sourceId);
  const target = index.itwins.find((t) => t.id === targetId);
  if (!source || !target) throw new Error("Both iTwins must be in the index.");
  if (source.id === target.id) throw new Error("Choose another iTwin to copy the members to.");
  const fromLookup = roleLookup(source, index.account);
  const byName = new Map(target.roles.map((r) => [nameKey(r.displayName), r]));
  /** Roles of the source the target has none of the name of, with how many members hold them. */
  const missing = new Map<string, { role: RoleFact; holders: number }>();
  const notes: string[] = [];

  /** The target's ids of these source roles; those it lacks are counted as missing. */
  const mapRoles = (roleIds: readonly string[]): string[] =>
    roleIds.flatMap((id) => {
      const { role, account } = fromLookup(id);
      if (account) return [id];
      const onTarget = role && byName.get(nameKey(role.displayName));
      if (onTarget) return [onTarget.id];
      const known = role ?? { id, displayName: id, permissions: [] };
      const entry = missing.get(nameKey(known.displayName)) ?? { role: known, holders: 0 };
      missing.set(nameKey(known.displayName), { ...entry, holders: entry.holders + 1 });
      return [];
    });

  const changes: PlanChange[] = [];
  const noEmail: string[] = [];
  for (const user of source.users) {
    if (!user.email) {
      noEmail.push(personName(user));
      continue;
    }
    const email = user.email;
    const existing = target.users.find((u) => u.id === user.id || sameEmail(email, u.email));
    const change = rolesChange(index, target, target.id, existing, email, mapRoles(user.roleIds));
    if (change) changes.push(change);
  }

  for (const member of source.groupMembers) {
    const usable = index.account?.groups.some((g) => g.id === member.id) ?? false;
    if (!usable) {
      notes.push(`Group ${member.name} belongs to ${source.displayName}: only the Account iTwin's groups can be members of another iTwin.`);
      continue;
    }
    const held = target.groupMembers.find((g) => g.id === member.id)?.roleIds ?? [];
    const add = [...new Set(mapRoles(member.roleIds))].filter((r) => !held.includes(r));
    if (add.length === 0) continue;
    changes.push({
      id: `${target.id}:groupMember:${member.id}`,
      kind: "addGroupMember",
      selected: true,
      groupId: member.id,
      groupName: member.name,
      roleIds: add,
      roles: rolesOf(target, index, add),
    });
  }

  const creations: PlanChange[] = [...missing.values()].map(({ role, holders }) => {
    notes.push(
      `${target.displayName} has no role named ${role.displayName}: ${holders === 1 ? "its 1 holder gets" : `its ${holders} holders get`} their other roles only. Create it below, then copy again to give it to them.`,
    );
    return {
      id: `${target.id}:createRole:${nameKey(role.displayName)}`,
      kind: "createRole",
      selected: false,
      displayName: role.displayName,
      description: `Copied from ${source.displayName}`,
      permissions: [...role.permissions],
      roles: [role],
    };
  });
  if (noEmail.length)
    notes.push(
      `${noEmail.length === 1 ? "1 member has" : `${noEmail.length} members have`} no e-mail (deleted from IMS) and cannot be added: ${noEmail.join(", ")}.`,
    );

  return {
    version: 1,
    id: options.id,
    kind: "copyMembers",
    title: `Copy the members of ${source.displayName} to ${target.displayName}`,
    createdAt: options.now ?? Date.now(),
    itwins:
      changes.length + creations.length ? [{ iTwinId: target.id, iTwinName: target.displayName, changes: [...creations, ...changes] }] : [],
    lacking: lacking({ itwins: [source, target], account: index.account }).map((t: ITwinSnapshot) => ({ id: t.id, name: t.displayName })),
    ...(notes.length && { notes }),
  };
}
