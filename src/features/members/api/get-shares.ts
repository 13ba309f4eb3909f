// The iTwin's active share links (listShares). Organization administrators only: for anyone else the
// server's 403 is the answer the Share links tab explains, so a refusal is not retried. A key is a secret:
// the cache keeps only its last characters, enough to tell two links apart.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { isApiError } from "../../../api/api-error";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationKey } from "../../../api/operation-queries";
import { shareOperations } from "../../../api/operations/accesscontrol-shares";
import { payloadOf } from "../../../api/operations/define";
import type { Share } from "../../../api/wire-access";
import { keyHint } from "../share-expiry";

export interface ShareLink extends Omit<Share, "shareKey"> {
  /** The key's last characters ("…Zdl"), never the key. */
  keyHint: string;
}

const toLink = ({ shareKey, ...rest }: Share): ShareLink => ({ ...rest, keyHint: keyHint(shareKey) });

export const sharesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: operationKey(shareOperations.listShares, { iTwinId }),
    queryFn: async ({ signal }) =>
      payloadOf(shareOperations.listShares, await client.request(shareOperations.listShares, { iTwinId }, { signal })).map(toLink),
    staleTime: 30_000,
  });

export function useShares(iTwinId: string) {
  return useQuery({
    ...sharesQuery(useApiClient(), iTwinId),
    retry: (failures, error) => !(isApiError(error) && (error.status === 403 || error.status === 404)) && failures < 2,
  });
}
