// Role templates: one iTwin's roles (or the Account iTwin's) taken as the reference, and where each
// target iTwin's roles differ from it, matched by role name (trimmed, any case): a role the target lacks,
// a role only the target has, a role whose permissions differ (which are missing, which are extra).
// Pure and one pass per target over sets, so a thousand iTwins of a dozen roles answer in a few ms.
import { hasFacts } from "../itwin-summary";
import type { OrgIndex } from "../index-queries";
import type { ITwinSnapshot, RoleFact } from "../snapshot";

/** Where the reference roles come from. */
export type TemplateSource = { kind: "account" } | { kind: "itwin"; iTwinId: string };

/** Which iTwins are held against the reference. */
export type TargetChoice = { mode: "all" } | { mode: "chosen"; ids: string[] } | { mode: "named"; text: string };

export interface RoleTemplate {
  /** The iTwin the roles were read from (the Account iTwin's id for the account). */
  iTwinId: string;
  name: string;
  account: boolean;
  roles: RoleFact[];
  snapshotAt: number | null;
  /** Role names the reference holds more than once: only the first of each is the template. */
  duplicateNames: string[];
}

export type DifferenceKind = "missing" | "extra" | "permissions";

export interface RoleDifference {
  kind: DifferenceKind;
  /** The reference's name for missing and differing roles; the target's for an extra one. */
  roleName: string;
  /** The reference role; null for an extra role. */
  reference: RoleFact | null;
  /** The target's role; null for a missing one. */
  target: RoleFact | null;
  /** Permissions of the reference role the target's lacks (all of them for a missing role). */
  missingPermissions: string[];
  /** Permissions of the target's role the reference's lacks (all of them for an extra role). */
  extraPermissions: string[];
  /** Members (users and groups) holding the target's role: what deleting an extra role takes from. */
  holders: number;
}

export interface TargetDrift {
  iTwinId: string;
  iTwinName: string;
  snapshotAt: number | null;
  differences: RoleDifference[];
}

export interface DriftReport {
  template: RoleTemplate;
  /** Targets whose roles were compared. */
  compared: number;
  /** Compared targets with at least one difference, in the order of the index. */
  drifted: TargetDrift[];
  /** Targets whose roles are not known (not read yet, failed, no access): the report cannot speak for them. */
  notCompared: { iTwinId: string; iTwinName: string; state: ITwinSnapshot["state"] }[];
}

export const roleKey = (name: string): string => name.trim().toLowerCase();

/** The reference roles, or null when the source is not in the index (or its roles were never read). */
export function templateOf(index: OrgIndex, source: TemplateSource): RoleTemplate | null {
  const from = (iTwinId: string, name: string, account: boolean, roles: RoleFact[], snapshotAt: number | null): RoleTemplate => {
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    const kept: RoleFact[] = [];
    for (const role of roles) {
      const key = roleKey(role.displayName);
      if (seen.has(key)) duplicates.add(role.displayName.trim());
      else {
        seen.add(key);
        kept.push(role);
      }
    }
    return { iTwinId, name, account, roles: kept, snapshotAt, duplicateNames: [...duplicates] };
  };
  if (source.kind === "account") {
    const account = index.account;
    return account ? from(account.id, account.displayName, true, account.roles, account.snapshotAt) : null;
  }
  const itwin = index.itwins.find((t) => t.id === source.iTwinId);
  if (!itwin || !hasFacts(itwin)) return null;
  return from(itwin.id, itwin.displayName, false, itwin.roles, itwin.snapshotAt);
}

/** The iTwins the choice names, never the reference itself, in the order of the index. */
export function targetsOf<T extends { id: string; displayName: string }>(
  itwins: readonly T[],
  choice: TargetChoice,
  referenceId: string,
): T[] {
  const others = itwins.filter((t) => t.id !== referenceId);
  if (choice.mode === "all") return others;
  if (choice.mode === "chosen") {
    const ids = new Set(choice.ids);
    return others.filter((t) => ids.has(t.id));
  }
  const needle = choice.text.trim().toLowerCase();
  return needle ? others.filter((t) => t.displayName.toLowerCase().includes(needle)) : others;
}

interface ReferenceRole {
  role: RoleFact;
  /** The reference's permissions once each (by lower case), as it spells them. */
  spelled: string[];
  /** Position in `spelled` by the reference's own spelling, and by lower case. */
  exact: Map<string, number>;
  lower: Map<string, number>;
  /** Marks of the permissions seen in the comparison under way: comparing allocates nothing for a role in line. */
  seen: Uint32Array;
  pass: number;
}

const lowerOf = (p: string) => p.trim().toLowerCase();

function referenceRole(role: RoleFact): ReferenceRole {
  const spelled: string[] = [];
  const exact = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const p of role.permissions) {
    const key = lowerOf(p);
    let at = lower.get(key);
    if (at === undefined) {
      at = spelled.push(p) - 1;
      lower.set(key, at);
    }
    exact.set(p, at);
  }
  return { role, spelled, exact, lower, seen: new Uint32Array(spelled.length), pass: 0 };
}

function holdersOf(itwin: ITwinSnapshot): Map<string, number> {
  const counts = new Map<string, number>();
  const hold = (roleIds: readonly string[]) => {
    for (const id of new Set(roleIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const u of itwin.users) hold(u.roleIds);
  for (const g of itwin.groupMembers) hold(g.roleIds);
  return counts;
}

const IN_LINE = { missing: [] as string[], extra: [] as string[] };

function compare(reference: ReferenceRole, target: RoleFact): { missing: string[]; extra: string[] } {
  const pass = ++reference.pass;
  let distinct = 0;
  let foreign = false;
  for (const p of target.permissions) {
    const at = reference.exact.get(p) ?? reference.lower.get(lowerOf(p));
    if (at === undefined) foreign = true;
    else if (reference.seen[at] !== pass) {
      reference.seen[at] = pass;
      distinct += 1;
    }
  }
  if (!foreign && distinct === reference.spelled.length) return IN_LINE;
  const missing = reference.spelled.filter((_, i) => reference.seen[i] !== pass).sort();
  const extra = new Map<string, string>();
  for (const p of target.permissions) if (!reference.lower.has(lowerOf(p)) && !extra.has(lowerOf(p))) extra.set(lowerOf(p), p);
  return { missing, extra: [...extra.values()].sort() };
}

/** How one target's roles differ from the reference's; empty when it is in line. */
export function driftOf(reference: readonly ReferenceRole[], itwin: ITwinSnapshot): RoleDifference[] {
  const byName = new Map<string, RoleFact[]>();
  for (const role of itwin.roles) {
    const key = roleKey(role.displayName);
    const list = byName.get(key);
    if (list) list.push(role);
    else byName.set(key, [role]);
  }
  let holders: Map<string, number> | null = null;
  const heldBy = (roleId: string) => (holders ??= holdersOf(itwin)).get(roleId) ?? 0;
  const out: RoleDifference[] = [];
  const matched = new Set<string>();
  for (const ref of reference) {
    const candidates = byName.get(roleKey(ref.role.displayName)) ?? [];
    if (candidates.length === 0) {
      out.push({
        kind: "missing",
        roleName: ref.role.displayName,
        reference: ref.role,
        target: null,
        missingPermissions: [...ref.spelled].sort(),
        extraPermissions: [],
        holders: 0,
      });
      continue;
    }
    // Of two roles with the name, the one already in line is the match; the other is extra.
    const diffs = candidates.map((c) => ({ role: c, ...compare(ref, c) }));
    const best = diffs.find((d) => d.missing.length === 0 && d.extra.length === 0) ?? diffs[0]!;
    matched.add(best.role.id);
    if (best.missing.length || best.extra.length)
      out.push({
        kind: "permissions",
        roleName: ref.role.displayName,
        reference: ref.role,
        target: best.role,
        missingPermissions: best.missing,
        extraPermissions: best.extra,
        holders: heldBy(best.role.id),
      });
  }
  for (const role of itwin.roles) {
    if (matched.has(role.id)) continue;
    out.push({
      kind: "extra",
      roleName: role.displayName,
      reference: null,
      target: role,
      missingPermissions: [],
      extraPermissions: [...new Set(role.permissions)].sort(),
      holders: heldBy(role.id),
    });
  }
  return out;
}

export function referenceRoles(template: RoleTemplate): ReferenceRole[] {
  return template.roles.map(referenceRole);
}

/** Every target held against the reference. */
export function roleDrift(template: RoleTemplate, targets: readonly ITwinSnapshot[]): DriftReport {
  const reference = referenceRoles(template);
  const drifted: TargetDrift[] = [];
  const notCompared: DriftReport["notCompared"] = [];
  let compared = 0;
  for (const itwin of targets) {
    if (itwin.id === template.iTwinId) continue;
    if (!hasFacts(itwin)) {
      notCompared.push({ iTwinId: itwin.id, iTwinName: itwin.displayName, state: itwin.state });
      continue;
    }
    compared += 1;
    const differences = driftOf(reference, itwin);
    if (differences.length) drifted.push({ iTwinId: itwin.id, iTwinName: itwin.displayName, snapshotAt: itwin.snapshotAt, differences });
  }
  return { template, compared, drifted, notCompared };
}

const WHAT: Record<DifferenceKind, string> = {
  missing: "Missing role",
  extra: "Extra role",
  permissions: "Different permissions",
};

export const DRIFT_HEADER = ["iTwin", "iTwin id", "Role", "Difference", "Missing permissions", "Extra permissions", "Holders"];

/** The report as table rows: one per target and role, as shown and as exported. */
export function driftRows(report: DriftReport): (string | number)[][] {
  return report.drifted.flatMap((t) =>
    t.differences.map((d) => [
      t.iTwinName,
      t.iTwinId,
      d.roleName,
      WHAT[d.kind],
      d.missingPermissions.join("; "),
      d.extraPermissions.join("; "),
      d.holders,
    ]),
  );
}

export const describeDifference = (kind: DifferenceKind): string => WHAT[kind];
