// GET /itwins/{id} — one iTwin; 404 iTwinNotFound when it does not exist or the caller is not a member.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { iTwinKeys } from "./itwin-keys";
import { iTwinOperations } from "../../../api/operations/itwins";

export const getITwinQuery = (client: HttpClient, id: string) =>
  queryOptions({
    queryKey: iTwinKeys.detail(id),
    queryFn: ({ signal }) => client.request(iTwinOperations.getITwin, { iTwinId: id }, { signal }).then((r) => r.iTwin),
    staleTime: 5 * 60_000,
  });

/** No request for an empty id (outside an iTwin). */
export function useITwin(id: string) {
  return useQuery({ ...getITwinQuery(useApiClient(), id), enabled: id !== "" });
}
