// listRecentITwins and markITwinRecent: the picker offers the last iTwins used, across
// devices, because the platform keeps them per user.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ITwin } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { iTwinKeys } from "./itwin-keys";
import { iTwinOperations } from "../../../api/operations/itwins";

export const recentITwinsQuery = (client: HttpClient) =>
  operationQuery(client, iTwinOperations.listRecentITwins, {}, { query: { $top: 10 }, staleTime: 60_000 });

export function useRecentITwins(enabled = true) {
  return useQuery({ ...recentITwinsQuery(useApiClient()), enabled });
}

export function useMarkRecent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (iTwin: ITwin) => client.request(iTwinOperations.markITwinRecent, { iTwinId: iTwin.id }),
    // The server puts it first; doing the same locally spares a refetch of the list.
    onSuccess: (_r, iTwin) =>
      queryClient.setQueryData<ITwin[]>(iTwinKeys.recents(), (old) => (old ? [iTwin, ...old.filter((t) => t.id !== iTwin.id)] : old)),
  });
}
