// The Access Control groups that reach an iTwin, with their people. The groups list is for
// organization administrators only; anyone else with administration_manage_groups reads, one by one,
// the groups that hold roles on the iTwin (a group holding no role there is then not seen). Several
// features read it: the groups page, access insight, the privileged view, "who can run a package".
// The list is the one listGroups entry (all-groups.ts) that "Add groups" offers from too, so every
// screen shares one walk of its pages; the groups read one by one have an entry of their own, asked
// only once the list is refused.
import { useMemo } from "react";
import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Group } from "../wire";
import { isApiError } from "../api-error";
import { useApiClient, type HttpClient } from "../client-context";
import { groupOperations } from "../operations/accesscontrol-groups";
import { operationKey } from "../operation-queries";
import { runPaced } from "../../lib/run-paced";
import { fetchAllGroupMembers } from "./all-group-members";
import { allGroupsQuery } from "./all-groups";

export interface ITwinGroups {
  groups: Group[];
  /** "all": every group of the iTwin; "holding-roles": only the groups that hold roles on it. */
  scope: "all" | "holding-roles";
}

// Groups this console created or opened in this session: without the groups list they are read one by
// one too, so a new group that holds no role yet stays in sight.
const remembered = new Map<string, Set<string>>();

export function rememberGroup(iTwinId: string, groupId: string): void {
  const ids = remembered.get(iTwinId.toLowerCase()) ?? new Set<string>();
  ids.add(groupId.toLowerCase());
  remembered.set(iTwinId.toLowerCase(), ids);
}

export function forgetGroup(iTwinId: string, groupId: string): void {
  remembered.get(iTwinId.toLowerCase())?.delete(groupId.toLowerCase());
}

/** The key prefix of every entry of the iTwin's groups (the list and the groups read one by one). */
export const iTwinGroupsKey = (iTwinId: string) => operationKey(groupOperations.listGroups, { iTwinId });

const refused = (error: unknown) => isApiError(error) && error.status === 403;
/** The list was refused (403) for this iTwin: its groups are read one by one instead, by the page and its prefetch alike. */
const listRefused = (queryClient: QueryClient, client: HttpClient, iTwinId: string) =>
  refused(queryClient.getQueryState(allGroupsQuery(client, iTwinId).queryKey)?.error);

/** The groups that hold roles on the iTwin (and those remembered), read one by one: for whom the list is refused. */
async function fetchGroupsHoldingRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<Group[]> {
  const holders = await fetchAllGroupMembers(client, iTwinId, signal);
  const ids = [...new Set([...holders.map((gm) => gm.id.toLowerCase()), ...(remembered.get(iTwinId.toLowerCase()) ?? [])])];
  const results = await runPaced(
    ids,
    (groupId) => client.request(groupOperations.getGroup, { iTwinId, groupId }, { signal }).then((r) => r.group),
    { concurrency: 4 },
  );
  const failed = results.find((r) => !r.ok);
  // Without administration_manage_groups every read fails alike: say so instead of showing no groups.
  if (failed && !failed.ok && results.every((r) => !r.ok)) throw failed.error;
  return results.flatMap((r) => (r.ok ? [r.value] : []));
}

const groupsHoldingRolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: operationKey(groupOperations.listGroups, { iTwinId }, "holding-roles"),
    queryFn: ({ signal }) => fetchGroupsHoldingRoles(client, iTwinId, signal),
    staleTime: 60_000,
  });

/** Starts reading the groups a page shows: the list, and the groups one by one if the list is refused. */
export async function prefetchITwinGroups(queryClient: QueryClient, client: HttpClient, iTwinId: string): Promise<void> {
  await queryClient.prefetchQuery(allGroupsQuery(client, iTwinId));
  if (listRefused(queryClient, client, iTwinId)) await queryClient.prefetchQuery(groupsHoldingRolesQuery(client, iTwinId));
}

export function useITwinGroups(iTwinId: string, enabled = true) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const options = allGroupsQuery(client, iTwinId);
  // A refusal stands for the session: another screen showing the groups does not ask the list again.
  const retryOnMount = !listRefused(queryClient, client, iTwinId);
  const list = useQuery({ ...options, enabled, retryOnMount });
  const oneByOne = refused(list.error) && list.data === undefined;
  const holders = useQuery({ ...groupsHoldingRolesQuery(client, iTwinId), enabled: enabled && oneByOne });
  const data = useMemo<ITwinGroups | undefined>(
    () =>
      list.data
        ? { groups: list.data, scope: "all" }
        : oneByOne && holders.data
          ? { groups: holders.data, scope: "holding-roles" }
          : undefined,
    [list.data, oneByOne, holders.data],
  );
  const shown = oneByOne ? holders : list;
  const refetch = () => shown.refetch();
  const result: ITwinGroupsResult = shown.isError
    ? { data, isPending: false, isError: true, error: shown.error, refetch }
    : data
      ? { data, isPending: false, isError: false, error: null, refetch }
      : { data: undefined, isPending: true, isError: false, error: null, refetch };
  return result;
}

/** Like a query's result: `data` is there once neither pending nor failed. */
type ITwinGroupsResult = { refetch: () => Promise<unknown> } & (
  | { data: ITwinGroups; isPending: false; isError: false; error: null }
  | { data: ITwinGroups | undefined; isPending: false; isError: true; error: Error }
  | { data: undefined; isPending: true; isError: false; error: null }
);

/** How many people and IMS groups a group has, and whether the lists shown are cut at 50. */
export function groupCounts(group: Group) {
  const members = group.membersCount ?? group.members.length;
  const imsGroups = group.imsGroupsCount ?? group.imsGroups.length;
  return { members, imsGroups, membersTruncated: members > group.members.length, imsGroupsTruncated: imsGroups > group.imsGroups.length };
}
