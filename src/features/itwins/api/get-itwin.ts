// GET /itwins/{id} — one iTwin; 404 iTwinNotFound when it does not exist or the caller is not a member.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ITwinResponse } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { iTwinKeys } from "./itwin-keys";

export const getITwinQuery = (client: HttpClient, id: string) =>
  queryOptions({
    queryKey: iTwinKeys.detail(id),
    queryFn: ({ signal }) =>
      client.request({ api: "itwins", path: `/itwins/${encodeURIComponent(id)}`, schema: ITwinResponse, signal }).then((r) => r.iTwin),
    staleTime: 5 * 60_000,
  });

export function useITwin(id: string) {
  return useQuery(getITwinQuery(useApiClient(), id));
}
