// I1 — pending member invitations, every page by $top/$skip. The server drops expired ones itself;
// the console still hides any whose expiry has passed (a page may be stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { fetchAll } from "../../../api/operation-queries";

export function fetchInvitations(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAll(client, memberOperations.listInvitations, { iTwinId }, { top: 100, ...(signal && { signal }) });
}

export const invitationsQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: memberKeys.invitations(iTwinId),
    queryFn: ({ signal }) => fetchInvitations(client, iTwinId, signal),
    staleTime: 30_000,
  });

export function useInvitations(iTwinId: string) {
  return useQuery(invitationsQuery(useApiClient(), iTwinId));
}
