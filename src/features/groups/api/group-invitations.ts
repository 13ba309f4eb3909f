// The invitations a group sent to e-mails that are no users yet (on the Account iTwin); every page.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { groupOperations } from "../../../api/operations/accesscontrol-groups";
import { fetchAll, operationKey } from "../../../api/operation-queries";

export const groupInvitationsQuery = (client: HttpClient, iTwinId: string, groupId: string) =>
  queryOptions({
    queryKey: operationKey(groupOperations.listGroupInvitations, { iTwinId, groupId }, "all"),
    queryFn: ({ signal }) => fetchAll(client, groupOperations.listGroupInvitations, { iTwinId, groupId }, { top: 100, signal }),
    staleTime: 30_000,
  });

export function useGroupInvitations(iTwinId: string, groupId: string) {
  return useQuery(groupInvitationsQuery(useApiClient(), iTwinId, groupId));
}
