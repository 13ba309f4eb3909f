// cancelInvitation — cancel a pending invitation. 204.
// Logged in the change log without an undo: a cancelled invitation cannot be restored (inviting again
// sends a new e-mail with a new invitation), and the entry says so.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange } from "../../../lib/change-log";
import { cachedInvitations } from "../member-cache";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function cancelInvitation(client: HttpClient, iTwinId: string, invitationId: string) {
  return client.request(memberOperations.cancelInvitation, { iTwinId, invitationId });
}

export function useCancelInvitation(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => {
      const email = cachedInvitations(queryClient, iTwinId).find((i) => i.id.toLowerCase() === invitationId.toLowerCase())?.email;
      const who = email ?? invitationId;
      return recordChange({
        summary: `Cancelled the invitation of ${who} — cannot be undone (invite them again instead)`,
        target: `Invitation ${who}`,
        run: () => cancelInvitation(client, iTwinId, invitationId),
      });
    },
    onSuccess: () => invalidateAfter(queryClient, memberOperations.cancelInvitation, { iTwinId }),
  });
}
