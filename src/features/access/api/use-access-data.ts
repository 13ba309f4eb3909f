// Everything the access views compute from: roles, user members, group members, groups and owners — the same
// cache entries the roles and members pages use, so a change made there is seen here at once. Groups are
// optional: without administration_manage_groups (403) the views still work and say that group paths
// are unknown.
import { useMemo } from "react";
import { useAllUserMembers } from "../../../api/queries/all-user-members";
import { useAllGroupMembers } from "../../../api/queries/all-group-members";
import { useITwinGroups } from "../../../api/queries/itwin-groups";
import { useOwners } from "../../../api/queries/itwin-owners";
import { useITwinRoles } from "../../../api/queries/itwin-roles";
import { GroupIndex, peopleOf, type AccessData, type Person } from "../effective-access";

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
  const users = useAllUserMembers(iTwinId);
  const groupMembers = useAllGroupMembers(iTwinId);
  // Without the groups list (organization administrators only), the groups holding roles one by one.
  const groups = useITwinGroups(iTwinId);
  const owners = useOwners(iTwinId);

  const ready =
    roles.data !== undefined &&
    users.data !== undefined &&
    groupMembers.data !== undefined &&
    (groups.data !== undefined || groups.isError) &&
    (owners.data !== undefined || owners.isError);
  const data = useMemo<AccessData | undefined>(
    () =>
      ready
        ? {
            roles: roles.data!,
            users: users.data!,
            groupMembers: groupMembers.data!,
            groups: groups.data?.groups ?? null,
            ...(owners.data && { owners: owners.data }),
          }
        : undefined,
    [ready, roles.data, users.data, groupMembers.data, groups.data, owners.data],
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
