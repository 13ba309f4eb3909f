// The iTwin's Access Control groups with their users, every page (listGroups; $top makes the server
// send _links). The members page offers them to add; the groups that reach the iTwin (itwin-groups.ts,
// read by the groups page, access insight and the privileged count) are read from it. One cache entry
// for every one of them.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../client-context";
import { allPagesQuery } from "../operation-queries";
import { groupOperations } from "../operations/accesscontrol-groups";

export const allGroupsQuery = (client: HttpClient, iTwinId: string) =>
  allPagesQuery(client, groupOperations.listGroups, { iTwinId }, { top: 100, staleTime: 60_000 });

export function useAllGroups(iTwinId: string, enabled = true) {
  return useQuery({ ...allGroupsQuery(useApiClient(), iTwinId), enabled });
}
