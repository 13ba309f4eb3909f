// Everything the access views compute from: roles, user members, group members, groups and owners — the
// same cache entries the roles and members pages use, so a change made there is seen here at once. The
// roles include the Account iTwin's (held on every iTwin of the account, named "… (account role)"), so
// no held role shows as unknown. Groups are optional: the groups list is for organization administrators
// only, and when no group can be read (403) the views still work and say that group paths are unknown.
import { useMemo } from "react";
import { useAllUserMembers } from "../../../api/queries/all-user-members";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { useITwinGroups } from "../../../api/queries/itwin-groups";
import { useOwners } from "../../../api/queries/itwin-owners";
import { useITwinRoles } from "../../../api/queries/itwin-roles";
import { useAccountRoles } from "../../../api/queries/account-roles";
import type { Role } from "../../../api/wire";
import { GroupIndex, peopleOf, type AccessData, type Person } from "../effective-access";

export const ACCOUNT_ROLE_SUFFIX = " (account role)";

/** The iTwin's roles, then the account's it does not have itself. */
function withAccountRoles(own: readonly Role[], account: readonly Role[] | undefined): Role[] {
  const ownIds = new Set(own.map((r) => r.id.toLowerCase()));
  const fromAccount = (account ?? [])
    .filter((r) => !ownIds.has(r.id.toLowerCase()))
    .map((r) => ({ ...r, displayName: `${r.displayName}${ACCOUNT_ROLE_SUFFIX}` }));
  return [...own, ...fromAccount];
}

export interface AccessDataState {
  data?: AccessData;
  people: Person[];
  index?: GroupIndex;
  loading: boolean;
  loadedMembers: number;
  /** The first failure of a required list (roles, members). */
  error: unknown;
  /** Why group membership is unknown, when it is. */
  groupsError: unknown;
  retry: () => void;
}

export function useAccessData(iTwinId: string): AccessDataState {
  const roles = useITwinRoles(iTwinId);
  // Extra knowledge: when the account's roles cannot be read, the iTwin's own still explain what they grant.
  const account = useAccountRoles(iTwinId);
  const users = useAllUserMembers(iTwinId);
  const groupMembers = useAllGroupMembers(iTwinId);
  // Without the groups list (organization administrators only), the groups holding roles one by one.
  const groups = useITwinGroups(iTwinId);
  const owners = useOwners(iTwinId);

  const ready =
    roles.data !== undefined &&
    (account.data !== undefined || account.isError) &&
    users.data !== undefined &&
    groupMembers.data !== undefined &&
    (groups.data !== undefined || groups.isError) &&
    (owners.data !== undefined || owners.isError);
  const data = useMemo<AccessData | undefined>(
    () =>
      ready
        ? {
            roles: withAccountRoles(roles.data!, account.data?.roles),
            users: users.data!,
            groupMembers: groupMembers.data!,
            groups: groups.data?.groups ?? null,
            ...(owners.data && { owners: owners.data }),
          }
        : undefined,
    [ready, roles.data, account.data, users.data, groupMembers.data, groups.data, owners.data],
  );
  const people = useMemo(() => (data ? peopleOf(data) : []), [data]);
  const index = useMemo(() => (data ? new GroupIndex(data.groupMembers, data.groups) : undefined), [data]);
  const error = roles.error ?? users.error ?? groupMembers.error ?? null;

  return {
    data,
    people,
    index,
    loading: !data && !error,
    loadedMembers: users.loaded,
    error,
    groupsError: groups.error ?? null,
    retry: () => {
      if (roles.isError) void roles.refetch();
      if (users.isError) void users.refetch();
      if (groupMembers.isError) void groupMembers.refetch();
      if (groups.isError) void groups.refetch();
    },
  };
}
