// Owners of the iTwin (listOwners; no roles: owners hold every permission), every page by $top/$skip.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { allPagesQuery } from "../../../api/operation-queries";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export const ownersQuery = (client: HttpClient, iTwinId: string) =>
  allPagesQuery(client, memberOperations.listOwners, { iTwinId }, { top: 100, staleTime: 60_000 });

export function useOwners(iTwinId: string) {
  return useQuery(ownersQuery(useApiClient(), iTwinId));
}
