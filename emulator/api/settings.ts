// Behaviour choices where Bentley's pages are silent or differ between sources: each plausible answer is
// selectable, so the console can be shown to cope with all of them (docs/emulator.md, "Settings").
export interface BehaviourSettings {
  /** x-itwin-query-scope sent by someone who is not an organization administrator: ignored, or refused with 403. */
  queryScopeForOthers: "ignore" | "refuse";
  /** How Access Control lists spell their _links: canonical paths, or the two forms Bentley's samples show. */
  linkForm: "canonical" | "itwins-member" | "accesscontrol-members";
  /** Largest $top Access Control lists accept (undocumented; larger → 422 InvalidValue on $top). */
  maxTop: number;
  /** EDFS assignments of a package with none on the iTwin: the documented 404 AssignmentListNotFound, or an empty list. */
  emptyAssignments: "not-found" | "empty-list";
  /** The empty side of an add-members answer ({members, invitations}): [] or null. */
  emptyAddSide: "array" | "null";
  /** Adding someone who is already a member: merge the roles, or 409 iTwinMemberAlreadyExists. */
  existingMember: "merge" | "conflict";
  /** Per-minute request budget shared by every caller (0 = off), like a subscription tier. */
  rateLimitPerMinute: number;
  /** The tier named in iTwinPlatform-Tier. */
  rateLimitTier: string;
  /** How long a new Access Control job stays Active before its actions are applied, in milliseconds. */
  jobDelayMs: number;
}

export const DEFAULT_SETTINGS: BehaviourSettings = {
  queryScopeForOthers: "ignore",
  linkForm: "canonical",
  maxTop: 1000,
  emptyAssignments: "not-found",
  emptyAddSide: "array",
  existingMember: "merge",
  rateLimitPerMinute: 0,
  rateLimitTier: "Community",
  jobDelayMs: 200,
};

/**
 * Settings a data set brings with it: the organization-wide `org` preset runs with the per-minute budget
 * of the usual tier, as a real organization would; a setting can still turn it off.
 */
export const PRESET_SETTINGS: Readonly<Record<string, Partial<BehaviourSettings>>> = {
  org: { rateLimitPerMinute: 500 },
};

/**
 * The settings after switching to (or resetting) a preset: what the previous preset and this one name
 * goes to this preset's start value; everything else stays as it is.
 */
export function settingsForPreset(current: BehaviourSettings, start: BehaviourSettings, from: string, to: string): BehaviourSettings {
  const named = new Set([...Object.keys(PRESET_SETTINGS[from] ?? {}), ...Object.keys(PRESET_SETTINGS[to] ?? {})]);
  const patch = Object.fromEntries([...named].map((k) => [k, start[k as keyof BehaviourSettings]]));
  return mergeSettings(current, patch);
}

const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const count = (value: unknown, fallback: number) =>
  Number.isFinite(Number(value)) && Number(value) >= 0 ? Math.floor(Number(value)) : fallback;

/** Merges a patch, keeping the current value of any field that is missing or not one of its choices. */
export function mergeSettings(current: BehaviourSettings, patch: Record<string, unknown>): BehaviourSettings {
  const p = { ...current, ...patch } as Record<string, unknown>;
  return {
    queryScopeForOthers: pick(p.queryScopeForOthers, ["ignore", "refuse"], current.queryScopeForOthers),
    linkForm: pick(p.linkForm, ["canonical", "itwins-member", "accesscontrol-members"], current.linkForm),
    maxTop: Math.max(1, count(p.maxTop, current.maxTop)),
    emptyAssignments: pick(p.emptyAssignments, ["not-found", "empty-list"], current.emptyAssignments),
    emptyAddSide: pick(p.emptyAddSide, ["array", "null"], current.emptyAddSide),
    existingMember: pick(p.existingMember, ["merge", "conflict"], current.existingMember),
    rateLimitPerMinute: count(p.rateLimitPerMinute, current.rateLimitPerMinute),
    rateLimitTier: typeof p.rateLimitTier === "string" && p.rateLimitTier.trim() ? p.rateLimitTier.trim() : current.rateLimitTier,
    jobDelayMs: count(p.jobDelayMs, current.jobDelayMs),
  };
}
