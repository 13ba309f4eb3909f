// Pending member invitations (listInvitations), every page by $top/$skip. The server drops expired
// ones itself; the console still hides any whose expiry has passed (a page may be stale).
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { allPagesQuery } from "../../../api/operation-queries";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export const invitationsQuery = (client: HttpClient, iTwinId: string) =>
  allPagesQuery(client, memberOperations.listInvitations, { iTwinId }, { top: 100, staleTime: 30_000 });

export function useInvitations(iTwinId: string) {
  return useQuery(invitationsQuery(useApiClient(), iTwinId));
}
