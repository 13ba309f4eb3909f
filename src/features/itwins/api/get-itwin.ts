// getITwin — one iTwin. The iTwins API shows it to members only (404 iTwinNotFound otherwise); for an
// organization administrator the request carries `x-itwin-query-scope: OrganizationAdmin`, and when it
// is still refused the pages work without the iTwin's name (see ITwinGate).
import { useEffect, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";
import { queryScopeHeaders } from "../itwin-scope";
import { useOrgAdmin } from "./org-admin";

// One entry whichever scope asked: the answer is the same iTwin.
export const getITwinQuery = (client: HttpClient, id: string, orgAdmin = false) =>
  operationQuery(
    client,
    iTwinOperations.getITwin,
    { iTwinId: id },
    { staleTime: 5 * 60_000, headers: queryScopeHeaders(orgAdmin ? "organization" : "mine") },
  );

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
