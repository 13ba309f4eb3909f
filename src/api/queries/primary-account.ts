// The caller's primary account (GET /itwins/myprimaryaccount), read once under one key: both the
// organization-administrator check and the account roles of an iTwin the caller is no member of need it.
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import type { HttpClient } from "../client-context";
import { operationKey } from "../operation-queries";
import { iTwinOperations } from "../operations/itwins";

export const primaryAccountQuery = (client: HttpClient) =>
  queryOptions({
    queryKey: operationKey(iTwinOperations.getMyPrimaryAccount, {}),
    queryFn: ({ signal }) => client.request(iTwinOperations.getMyPrimaryAccount, {}, { signal }).then((r) => r.iTwin),
    // The primary account does not change within a session.
    staleTime: Infinity,
  });

export const fetchPrimaryAccount = (queryClient: QueryClient, client: HttpClient) => queryClient.fetchQuery(primaryAccountQuery(client));
