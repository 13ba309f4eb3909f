// listITwins with $search — the iTwins the caller is a member of, matching free text.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";

export const PICKER_PAGE_SIZE = 50;

export function searchITwins(client: HttpClient, text: string, signal?: AbortSignal) {
  return client.request(iTwinOperations.listITwins, {}, { query: { $search: text.trim() || undefined, $top: PICKER_PAGE_SIZE }, signal });
}

export const searchITwinsQuery = (client: HttpClient, text: string) =>
  operationQuery(
    client,
    iTwinOperations.listITwins,
    {},
    {
      query: { $search: text.trim() || undefined, $top: PICKER_PAGE_SIZE },
      keyExtra: [text.trim()],
      staleTime: 60_000,
    },
  );

export function useSearchITwins(text: string, enabled = true) {
  return useQuery({ ...searchITwinsQuery(useApiClient(), text), placeholderData: keepPreviousData, enabled });
}
