// GET /itwins/{id} — one iTwin. The iTwins API shows it to members only (404 iTwinNotFound otherwise);
// for an organization administrator the request carries `x-itwin-query-scope: OrganizationAdmin`, and
// when it is still refused the pages work without the iTwin's name (see ITwinGate).
import { useEffect, useRef } from "react";
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

/**
 * Asked straight away (the first screen waits for it); when the caller turns out to be an organization
 * administrator and the iTwin was refused, it is asked once more with the organization's scope.
 */
export function useITwin(id: string, enabled = true) {
  const orgAdmin = useOrgAdmin();
  const query = useQuery({ ...getITwinQuery(useApiClient(), id, orgAdmin === "yes"), enabled: enabled && id !== "" });
  const retried = useRef("");
  const { isError, refetch } = query;
  useEffect(() => {
    if (orgAdmin !== "yes" || !isError || retried.current === id) return;
    retried.current = id;
    void refetch();
  }, [orgAdmin, isError, refetch, id]);
  return query;
}
