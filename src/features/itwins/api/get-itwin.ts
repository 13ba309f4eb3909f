// getITwin — one iTwin. The iTwins API shows it to its members only (404 iTwinNotFound otherwise), and to
// an organization administrator who asks in the organization's scope. It is asked in that scope straight
// away, whoever asks: for a member the scope changes nothing, for an administrator who is no member it is
// the only way to get an answer, so one request serves both and nothing waits to learn which the caller is.
// Where the server refuses the scope to someone who is no administrator (403), the iTwin is asked again
// in the default scope, and from then on only so. Still refused, the pages work without the iTwin's name
// (see ITwinGate).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { isApiError } from "../../../api/api-error";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationKey } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";
import { queryScopeHeaders } from "../../../api/query-scope";
import type { ITwin } from "../../../api/wire";

/** Clients whose server refused the organization's scope to this caller. */
const scopeRefused = new WeakSet<HttpClient>();

async function fetchITwin(client: HttpClient, iTwinId: string, signal: AbortSignal): Promise<ITwin> {
  if (!scopeRefused.has(client)) {
    try {
      return (await client.request(iTwinOperations.getITwin, { iTwinId }, { signal, headers: queryScopeHeaders("organization") })).iTwin;
    } catch (e) {
      if (!isApiError(e) || e.status !== 403) throw e;
      scopeRefused.add(client);
    }
  }
  return (await client.request(iTwinOperations.getITwin, { iTwinId }, { signal })).iTwin;
}

export const getITwinQuery = (client: HttpClient, id: string) =>
  queryOptions({
    queryKey: operationKey(iTwinOperations.getITwin, { iTwinId: id }),
    queryFn: ({ signal }) => fetchITwin(client, id, signal),
    staleTime: 5 * 60_000,
  });

export function useITwin(id: string, enabled = true) {
  return useQuery({ ...getITwinQuery(useApiClient(), id), enabled: enabled && id !== "" });
}
