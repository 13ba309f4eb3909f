// O1 — owners of the iTwin (no roles: owners hold every permission), every page by $top/$skip.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { OwnersResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { fetchAllPages, pageOf } from "../../../api/paging";
import { acPath } from "./members-feature-keys";

export function fetchOwners(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAllPages(
    client,
    { api: "accesscontrol", path: acPath(iTwinId, "/members/owners"), query: { $top: 100 }, schema: OwnersResponse, signal },
    (page) => pageOf(page.members, page._links),
  );
}

export const ownersQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: memberKeys.owners(iTwinId), queryFn: ({ signal }) => fetchOwners(client, iTwinId, signal), staleTime: 60_000 });

export function useOwners(iTwinId: string) {
  return useQuery(ownersQuery(useApiClient(), iTwinId));
}
