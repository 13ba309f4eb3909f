// Who can change access on an iTwin (see src/lib/privileged-access.ts), from the shared queries: the
// roles, every user member, group members, the groups that reach the iTwin and the owners. Without the
// groups (403) the people reached through groups are unknown and the summary says which groups.
import { useMemo } from "react";
import { privilegedAccess, type PrivilegedSummary } from "../../lib/privileged-access";
import { useAllGroupMembers } from "./all-group-members";
import { useAllUserMembers } from "./all-user-members";
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
  retry: () => void;
}

/**
 * `maxUserPages` bounds how many pages of user members are loaded for it; with a bound, the other lists
 * are asked only once every user member is known, so a stopped count costs nothing more.
 */
export function usePrivilegedAccess(iTwinId: string, enabled = true, maxUserPages = Infinity): PrivilegedAccessState {
  const roles = useITwinRoles(iTwinId, enabled);
  const users = useAllUserMembers(iTwinId, enabled, maxUserPages);
  const rest = enabled && (maxUserPages === Infinity || users.data !== undefined);
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
    stopped: users.stopped,
    retry: () => {
      for (const q of [roles, users, groupMembers, groups, owners]) if (q.isError) void q.refetch();
    },
  };
}
