// The owners of an iTwin (every page). Owners hold every permission, so they carry no roles; several
// features read them (members, access insight, the privileged view).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../client-context";
import { memberOperations } from "../operations/accesscontrol-members";
import { fetchAll } from "../operation-queries";
import { memberKeys } from "./member-keys";

export function fetchOwners(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return fetchAll(client, memberOperations.listOwners, { iTwinId }, { top: 100, ...(signal && { signal }) });
}

export const ownersQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: memberKeys.owners(iTwinId), queryFn: ({ signal }) => fetchOwners(client, iTwinId, signal), staleTime: 60_000 });

export function useOwners(iTwinId: string, enabled = true) {
  return useQuery({ ...ownersQuery(useApiClient(), iTwinId), enabled });
}
