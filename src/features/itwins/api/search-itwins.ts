// listITwins with $search — the iTwins the caller is a member of ("mine"), or every iTwin of the
// organization for an organization administrator ("organization": `x-itwin-query-scope: OrganizationAdmin`).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";
import { queryScopeHeaders, type ITwinScope } from "../../../api/query-scope";

export const PICKER_PAGE_SIZE = 50;

export function searchITwins(client: HttpClient, text: string, scope: ITwinScope = "mine", signal?: AbortSignal) {
  return client.request(
    iTwinOperations.listITwins,
    {},
    { query: { $search: text.trim() || undefined, $top: PICKER_PAGE_SIZE }, headers: queryScopeHeaders(scope), signal },
  );
}

export const searchITwinsQuery = (client: HttpClient, text: string, scope: ITwinScope = "mine") =>
  operationQuery(
    client,
    iTwinOperations.listITwins,
    {},
    {
      query: { $search: text.trim() || undefined, $top: PICKER_PAGE_SIZE },
      headers: queryScopeHeaders(scope),
      keyExtra: [scope, text.trim()],
      staleTime: 60_000,
    },
  );

export function useSearchITwins(text: string, scope: ITwinScope = "mine", enabled = true) {
  return useQuery({ ...searchITwinsQuery(useApiClient(), text, scope), placeholderData: keepPreviousData, enabled });
}
