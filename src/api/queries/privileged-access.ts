// Who can change access on an iTwin (see src/lib/privileged-access.ts), from the shared queries: the
// roles, every user member, group members, the groups that reach the iTwin and the owners. Without the
// groups (403) the people reached through groups are unknown and the summary says which groups.
import { useMemo } from "react";
import { privilegedAccess, type PrivilegedSummary } from "../../lib/privileged-access";
import { useAllGroupMembers } from "./all-group-members";
import { useAllUserMembers, USERS_PAGE_SIZE } from "./all-user-members";
import { useITwinGroups } from "./itwin-groups";
import { useOwners } from "./itwin-owners";
import { useITwinRoles } from "./itwin-roles";

export interface PrivilegedAccessState {
  summary?: PrivilegedSummary;
  error: unknown;
  groupsError: unknown;
  loadedMembers: number;
  /** The user members run past `maxUserPages`: the summary waits to be asked for again without a bound. */
  stopped: boolean;
  /** Every user member is known (another screen may have loaded them): asking costs only the other lists. */
  allMembersLoaded: boolean;
  retry: () => void;
}

/**
 * `maxUserPages` bounds how many pages of user members are loaded for it; with a bound, the other lists
 * are asked only once every user member is known and they fit in the bound, so a stopped count costs
 * nothing more, also when another screen goes on to load every member (the users table's "Count all"):
 * counting past the bound is asked for again without one.
 */
export function usePrivilegedAccess(iTwinId: string, enabled = true, maxUserPages = Infinity): PrivilegedAccessState {
  const roles = useITwinRoles(iTwinId, enabled);
  const users = useAllUserMembers(iTwinId, enabled, maxUserPages);
  const pastBound = users.stopped || users.loaded > maxUserPages * USERS_PAGE_SIZE;
  const rest = enabled && (maxUserPages === Infinity || (users.data !== undefined && !pastBound));
  const groupMembers = useAllGroupMembers(iTwinId, rest);
  const groups = useITwinGroups(iTwinId, rest);
  const owners = useOwners(iTwinId, rest);
  const ready =
    roles.data !== undefined &&
    users.data !== undefined &&
    groupMembers.data !== undefined &&
    owners.data !== undefined &&
    (groups.data !== undefined || groups.isError);
  const summary = useMemo(
    () =>
      ready
        ? privilegedAccess({
            roles: roles.data!,
            users: users.data!,
            groupMembers: groupMembers.data!,
            groups: groups.data?.groups ?? null,
            owners: owners.data!,
          })
        : undefined,
    [ready, roles.data, users.data, groupMembers.data, groups.data, owners.data],
  );
  return {
    ...(summary && { summary }),
    error: roles.error ?? users.error ?? groupMembers.error ?? owners.error ?? null,
    groupsError: groups.error ?? null,
    loadedMembers: users.loaded,
    stopped: pastBound,
    allMembersLoaded: users.data !== undefined,
    retry: () => {
      for (const q of [roles, users, groupMembers, groups, owners]) if (q.isError) void q.refetch();
    },
  };
}
