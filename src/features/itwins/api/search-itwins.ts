// GET /itwins?$search — the iTwins the caller is a member of, matching free text.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { ITwinsResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { iTwinKeys } from "./itwin-keys";

export const PICKER_PAGE_SIZE = 50;

export function searchITwins(client: HttpClient, text: string, signal?: AbortSignal) {
  return client.request({
    api: "itwins",
    path: "/itwins",
    query: { $search: text.trim() || undefined, $top: PICKER_PAGE_SIZE },
    schema: ITwinsResponse,
    signal,
  });
}

export const searchITwinsQuery = (client: HttpClient, text: string) =>
  queryOptions({
    queryKey: iTwinKeys.search(text.trim()),
    queryFn: ({ signal }) => searchITwins(client, text, signal).then((r) => r.iTwins),
    staleTime: 60_000,
  });

export function useSearchITwins(text: string) {
  return useQuery({ ...searchITwinsQuery(useApiClient(), text), placeholderData: keepPreviousData });
}
