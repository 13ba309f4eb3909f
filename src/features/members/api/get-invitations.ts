// I1 — pending member invitations, every page by $top/$skip. The server drops expired ones itself;
// the console still hides any whose expiry has passed (a page may be stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { InvitationsResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { fetchAllPages, pageOf } from "../../../api/paging";
import { acPath } from "./members-feature-keys";

export function fetchInvitations(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAllPages(
    client,
    { api: "accesscontrol", path: acPath(iTwinId, "/members/invitations"), query: { $top: 100 }, schema: InvitationsResponse, signal },
    (page) => pageOf(page.invitations, page._links),
  );
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
