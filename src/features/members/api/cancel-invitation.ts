// I3 — cancel a pending invitation. 204.
// Logged in the change log without an undo: a cancelled invitation cannot be restored (inviting again
// sends a new e-mail with a new invitation), and the entry says so.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { recordChange } from "../../../lib/change-log";
import type { UndoRequest } from "../../../lib/undo-request";
import { cachedInvitations } from "../member-cache";
import { acPath } from "./members-feature-keys";

export function cancelInvitationRequest(iTwinId: string, invitationId: string): UndoRequest {
  return { method: "DELETE", api: "accesscontrol", path: acPath(iTwinId, `/members/invitations/${encodeURIComponent(invitationId)}`) };
}

export function cancelInvitation(client: HttpClient, iTwinId: string, invitationId: string) {
  return client.request({ ...cancelInvitationRequest(iTwinId, invitationId), schema: null });
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations(iTwinId) }),
  });
}
