// I3 — cancel a pending invitation. 204.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";

export function cancelInvitation(client: HttpClient, iTwinId: string, invitationId: string) {
  return client.request({ method: "DELETE", api: "accesscontrol", path: acPath(iTwinId, `/members/invitations/${encodeURIComponent(invitationId)}`), schema: null });
}

export function useCancelInvitation(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => cancelInvitation(client, iTwinId, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations(iTwinId) }),
  });
}
