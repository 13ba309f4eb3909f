// GET /itwins/{id} — one iTwin. The iTwins API shows it to members only (404 iTwinNotFound otherwise);
// for an organization administrator the request carries `x-itwin-query-scope: OrganizationAdmin`, and
// when it is still refused the pages work without the iTwin's name (see ITwinGate).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { iTwinOperations } from "../../../api/operations/itwins";
import { queryScopeHeaders } from "../itwin-scope";
import { iTwinKeys } from "./itwin-keys";
import { useOrgAdmin } from "./org-admin";

export const getITwinQuery = (client: HttpClient, id: string, orgAdmin = false) =>
  queryOptions({
    queryKey: iTwinKeys.detail(id),
    queryFn: ({ signal }) =>
      client
        .request(iTwinOperations.getITwin, { iTwinId: id }, { signal, headers: queryScopeHeaders(orgAdmin ? "organization" : "mine") })
        .then((r) => r.iTwin),
    staleTime: 5 * 60_000,
  });

/** Waits for the organization-administrator probe so that the one request carries the right scope. */
export function useITwin(id: string, enabled = true) {
  const orgAdmin = useOrgAdmin();
  return useQuery({ ...getITwinQuery(useApiClient(), id, orgAdmin === "yes"), enabled: enabled && Boolean(id) && orgAdmin !== undefined });
}
