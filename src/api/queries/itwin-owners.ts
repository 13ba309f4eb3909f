// The owners of an iTwin (listOwners, every page). Owners hold every permission, so they carry no roles;
// several features read them (members, access insight, the privileged view).
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../client-context";
import { allPagesQuery } from "../operation-queries";
import { memberOperations } from "../operations/accesscontrol-members";

export const ownersQuery = (client: HttpClient, iTwinId: string) =>
  allPagesQuery(client, memberOperations.listOwners, { iTwinId }, { top: 100, staleTime: 60_000 });

export function useOwners(iTwinId: string, enabled = true) {
  return useQuery({ ...ownersQuery(useApiClient(), iTwinId), enabled });
}
