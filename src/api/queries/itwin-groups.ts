// The Access Control groups that reach an iTwin, with their people. The groups list is for
// organization administrators only; anyone else with administration_manage_groups reads, one by one,
// the groups that hold roles on the iTwin (a group holding no role there is then not seen). Several
// features read it: the groups page, access insight, the privileged view, "who can run a package".
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Group } from "../wire";
import { isApiError } from "../api-error";
import { useApiClient, type HttpClient } from "../client-context";
import { groupOperations } from "../operations/accesscontrol-groups";
import { fetchAll, operationKey } from "../operation-queries";
import { runPaced } from "../../lib/run-paced";
import { fetchAllGroupMembers } from "./all-group-members";

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

export const iTwinGroupsKey = (iTwinId: string) => operationKey(groupOperations.listGroups, { iTwinId }, "reachable");

export async function fetchITwinGroups(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<ITwinGroups> {
  try {
    const groups = await fetchAll(client, groupOperations.listGroups, { iTwinId }, { top: 100, ...(signal && { signal }) });
    return { groups, scope: "all" };
  } catch (error) {
    if (!isApiError(error) || error.status !== 403) throw error;
  }
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
  return { groups: results.flatMap((r) => (r.ok ? [r.value] : [])), scope: "holding-roles" };
}

export const iTwinGroupsQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: iTwinGroupsKey(iTwinId),
    queryFn: ({ signal }) => fetchITwinGroups(client, iTwinId, signal),
    staleTime: 60_000,
  });

export function useITwinGroups(iTwinId: string, enabled = true) {
  return useQuery({ ...iTwinGroupsQuery(useApiClient(), iTwinId), enabled });
}

/** How many people and IMS groups a group has, and whether the lists shown are cut at 50. */
export function groupCounts(group: Group) {
  const members = group.membersCount ?? group.members.length;
  const imsGroups = group.imsGroupsCount ?? group.imsGroups.length;
  return { members, imsGroups, membersTruncated: members > group.members.length, imsGroupsTruncated: imsGroups > group.imsGroups.length };
}
