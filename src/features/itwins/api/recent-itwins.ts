// listRecentITwins and markITwinRecent: the picker offers the last iTwins used, across
// devices, because the platform keeps them per user.
import { useQuery, type QueryClient } from "@tanstack/react-query";
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

// The iTwin last marked recent, per query cache (one a page load): opening it again, or its page
// mounted again, sends no second mark, while opening another and coming back marks it again.
const lastMarked = new WeakMap<QueryClient, string>();

/**
 * Marks the iTwin recent as soon as it is known (from the first screen's requests, not once its page
 * has drawn), so the mark goes out with the page's own requests.
 */
export function markRecentOnce(queryClient: QueryClient, client: HttpClient, iTwin: ITwin): void {
  const id = iTwin.id.toLowerCase();
  if (lastMarked.get(queryClient) === id) return;
  lastMarked.set(queryClient, id);
  void client.request(iTwinOperations.markITwinRecent, { iTwinId: iTwin.id }).then(
    // The server puts it first; doing the same locally spares a refetch of the list.
    () => queryClient.setQueryData<ITwin[]>(iTwinKeys.recents(), (old) => (old ? [iTwin, ...old.filter((t) => t.id !== iTwin.id)] : old)),
    // Only the picker's order depends on it: nothing to tell the person.
    () => undefined,
  );
}
