// createShare — a new anonymous read link with an explicit expiry (at most 90 days ahead). 201 with the
// share, its key included: the key is shown once to the person who made it and kept nowhere else.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { invalidateAfter } from "../../../api/operation-queries";
import { payloadOf } from "../../../api/operations/define";
import { shareOperations } from "../../../api/operations/accesscontrol-shares";
import { recordChange } from "../../../lib/change-log";

export async function createShare(client: HttpClient, iTwinId: string, expiration: string) {
  const answer = await client.request(shareOperations.createShare, { iTwinId }, { body: { shareContract: "Default", expiration } });
  return payloadOf(shareOperations.createShare, answer);
}

export function useCreateShare(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (expiration: string) =>
      recordChange({
        summary: `Created a share link expiring ${new Date(expiration).toLocaleString()}`,
        target: "Share link",
        run: () => createShare(client, iTwinId, expiration),
      }),
    onSuccess: () => invalidateAfter(queryClient, shareOperations.createShare, { iTwinId }),
  });
}
