// Who can run a package: the members who reach one of its package roles through an iTwin role — held
// directly, or held by a group they are in — each with every path. Groups whose people could not be
// read are named, so their people are known to be missing.
import type { Assignment, Group, GroupMember, UserMember } from "../../api/wire";

export type RunPath =
  | { kind: "direct"; roleName: string; packageRoles: string[] }
  | { kind: "group"; groupName: string; roleName: string; packageRoles: string[] };

export interface Runner {
  key: string;
  name: string;
  email: string | null;
  paths: RunPath[];
}

export interface WhoCanRun {
  runners: Runner[];
  /** Groups holding a role with package access whose people are unknown. */
  unresolvedGroups: string[];
}

const lower = (s: string | null | undefined) => (s ?? "").toLowerCase();

export function whoCanRun(
  assignments: readonly Assignment[],
  users: readonly UserMember[],
  groupMembers: readonly GroupMember[],
  groups: readonly Group[] | null,
): WhoCanRun {
  const byRole = new Map(
    assignments
      .filter((a) => a.packageRoles.length > 0)
      .map((a) => [
        lower(a.iTwinRoleId),
        { name: a.iTwinRoleName ?? a.iTwinRoleId, packageRoles: a.packageRoles.map((r) => r.packageRoleName ?? r.packageRoleId) },
      ]),
  );
  const runners = new Map<string, Runner>();
  const byEmail = new Map<string, string>();
  const runnerFor = (id: string | null, email: string | null, profile: { givenName?: string | null; surname?: string | null }) => {
    const known = (id && runners.get(lower(id))) || (email && runners.get(byEmail.get(lower(email)) ?? ""));
    if (known) return known;
    const key = lower(id ?? email);
    const runner: Runner = {
      key,
      name: [profile.givenName, profile.surname].filter(Boolean).join(" ") || email || `Missing user ${id}`,
      email,
      paths: [],
    };
    runners.set(key, runner);
    if (email) byEmail.set(lower(email), key);
    return runner;
  };

  for (const u of users) {
    for (const role of u.roles) {
      const held = byRole.get(lower(role.id));
      if (held)
        runnerFor(u.id, u.email ?? null, u).paths.push({
          kind: "direct",
          roleName: role.displayName || held.name,
          packageRoles: held.packageRoles,
        });
    }
  }
  const groupById = new Map((groups ?? []).map((g) => [lower(g.id), g]));
  const unresolved: string[] = [];
  for (const gm of groupMembers) {
    const held = gm.roles.flatMap((role) => {
      const h = byRole.get(lower(role.id));
      return h ? [{ roleName: role.displayName || h.name, packageRoles: h.packageRoles }] : [];
    });
    if (held.length === 0) continue;
    const group = groupById.get(lower(gm.id));
    if (!group) {
      unresolved.push(gm.groupName);
      continue;
    }
    for (const m of group.members) {
      const r = runnerFor(m.userId ?? m.id ?? null, m.email ?? null, m);
      for (const h of held) r.paths.push({ kind: "group", groupName: gm.groupName, ...h });
    }
  }
  return { runners: [...runners.values()].sort((a, b) => a.name.localeCompare(b.name)), unresolvedGroups: unresolved };
}

/** "Role EDFS_integration" / "Group Integration Operators → EDFS_integration". */
export const describeRunPath = (p: RunPath) => (p.kind === "direct" ? `Role ${p.roleName}` : `Group ${p.groupName} → ${p.roleName}`);
