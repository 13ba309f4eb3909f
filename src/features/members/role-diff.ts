// What a role edit changes compared with a base set of role ids: shown in the editor before saving and
// used to tell the user what someone else changed on the server since the editor opened.
export interface RoleDiff {
  added: string[];
  removed: string[];
  kept: string[];
}

/** Ids in `next` but not in `base` are added, the reverse removed; order follows the input lists. */
export function diffRoleIds(base: readonly string[], next: readonly string[]): RoleDiff {
  const baseSet = new Set(base.map(norm));
  const nextSet = new Set(next.map(norm));
  return {
    added: unique(next).filter((id) => !baseSet.has(norm(id))),
    removed: unique(base).filter((id) => !nextSet.has(norm(id))),
    kept: unique(next).filter((id) => baseSet.has(norm(id))),
  };
}

export function sameRoleIds(a: readonly string[], b: readonly string[]): boolean {
  const d = diffRoleIds(a, b);
  return d.added.length === 0 && d.removed.length === 0;
}

export function hasChanges(diff: RoleDiff): boolean {
  return diff.added.length > 0 || diff.removed.length > 0;
}

// The server answers ids in lower case; a role id typed elsewhere may not be.
const norm = (id: string) => id.toLowerCase();

function unique(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(norm(id)) ? false : (seen.add(norm(id)), true)));
}

/** The role-id limit of one member-roles PATCH and of one add-members request (docs/api-reference.md, limits). */
export const MAX_ROLE_IDS = 50;
