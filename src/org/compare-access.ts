// Two people's access side by side, iTwin by iTwin: which grants and permissions one has and the other
// lacks, so the comparison can point at exactly where they differ.
import { grantLabel, type ITwinAccess } from "./index-queries";

export interface AccessSide {
  /** Grant labels ("Reader (direct)", "Owner"); empty when this person has no access on the iTwin. */
  grants: string[];
  permissions: string[];
  owner: boolean;
}

export interface AccessComparisonRow {
  iTwinId: string;
  iTwinName: string;
  left: AccessSide;
  right: AccessSide;
  /** Grants only the left (right) person holds here. */
  onlyLeft: string[];
  onlyRight: string[];
  /** Permissions only one of them has here (an owner has every permission, so none is "only" the other's). */
  permissionsOnlyLeft: string[];
  permissionsOnlyRight: string[];
  differs: boolean;
}

const side = (a: ITwinAccess | undefined): AccessSide => ({
  grants: a ? [...new Set(a.grants.map(grantLabel))] : [],
  permissions: a?.permissions ?? [],
  owner: a?.grants.some((g) => g.route === "owner") ?? false,
});

const minus = (a: string[], b: string[]) => {
  const other = new Set(b);
  return a.filter((x) => !other.has(x));
};

/** Every iTwin either person can reach, by name; rows where they differ say how. */
export function compareAccess(left: ITwinAccess[], right: ITwinAccess[]): AccessComparisonRow[] {
  const byId = new Map<string, { name: string; left?: ITwinAccess; right?: ITwinAccess }>();
  for (const a of left) byId.set(a.iTwinId, { name: a.iTwinName, left: a });
  for (const a of right) byId.set(a.iTwinId, { name: a.iTwinName, ...byId.get(a.iTwinId), right: a });
  const rows = [...byId.entries()].map(([iTwinId, { name, left: l, right: r }]): AccessComparisonRow => {
    const ls = side(l);
    const rs = side(r);
    const onlyLeft = minus(ls.grants, rs.grants);
    const onlyRight = minus(rs.grants, ls.grants);
    const permissionsOnlyLeft = rs.owner ? [] : minus(ls.permissions, rs.permissions);
    const permissionsOnlyRight = ls.owner ? [] : minus(rs.permissions, ls.permissions);
    return {
      iTwinId,
      iTwinName: name,
      left: ls,
      right: rs,
      onlyLeft,
      onlyRight,
      permissionsOnlyLeft,
      permissionsOnlyRight,
      differs: onlyLeft.length + onlyRight.length + permissionsOnlyLeft.length + permissionsOnlyRight.length > 0,
    };
  });
  return rows.sort((a, b) => a.iTwinName.localeCompare(b.iTwinName));
}
