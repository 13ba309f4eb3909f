// The iTwin's active share links (listShares). Organization administrators only: for anyone else the
// server's 403 is the answer the Share links tab explains, so a refusal is not retried.
import { useQuery } from "@tanstack/react-query";
import { isApiError } from "../../../api/api-error";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { shareOperations } from "../../../api/operations/accesscontrol-shares";

export const sharesQuery = (client: HttpClient, iTwinId: string) =>
  operationQuery(client, shareOperations.listShares, { iTwinId }, { staleTime: 30_000 });

export function useShares(iTwinId: string) {
  return useQuery({
    ...sharesQuery(useApiClient(), iTwinId),
    retry: (failures, error) => !(isApiError(error) && (error.status === 403 || error.status === 404)) && failures < 2,
  });
}
