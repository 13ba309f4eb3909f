// revokeShare — ends a share link at once. 204. Logged without an undo: a revoked key cannot be brought
// back (a new link has a new key). The log names the link by its expiry, never by its key.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { invalidateAfter } from "../../../api/operation-queries";
import { shareOperations } from "../../../api/operations/accesscontrol-shares";
import type { ShareLink } from "./get-shares";
import { recordChange } from "../../../lib/change-log";

export function revokeShare(client: HttpClient, iTwinId: string, shareId: string) {
  return client.request(shareOperations.revokeShare, { iTwinId, shareId });
}

export function useRevokeShare(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (share: ShareLink) =>
      recordChange({
        summary: `Revoked the share link expiring ${new Date(share.expiration).toLocaleString()} — cannot be undone (create a new link instead)`,
        target: "Share link",
        run: () => revokeShare(client, iTwinId, share.id),
      }),
    onSettled: () => invalidateAfter(queryClient, shareOperations.revokeShare, { iTwinId }),
  });
}
