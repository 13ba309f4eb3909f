// Adding and removing owners (only owners and organization administrators may), through the change log.
// Adding is undone by removing the new owner (or cancelling the invitation sent instead); removing is
// undone by adding the same e-mail back.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { MemberInvitation, OwnerMember } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { invalidateAfter } from "../../../api/operation-queries";
import { recordChange } from "../../../lib/change-log";
import { undoRequest } from "../../../lib/undo-request";

const addOwner = (client: HttpClient, iTwinId: string, email: string) =>
  client.request(memberOperations.addOwner, { iTwinId }, { body: { email } });
const removeOwner = (client: HttpClient, iTwinId: string, memberId: string) =>
  client.request(memberOperations.removeOwner, { iTwinId, memberId });

// Owners, invitations (an external e-mail is invited instead) and my permissions (I may be the one).
const refresh = (queryClient: QueryClient, iTwinId: string) => invalidateAfter(queryClient, memberOperations.addOwner, { iTwinId });

export type AddOwnerResult = { member: OwnerMember | null; invitation: MemberInvitation | null };

export function useAddOwner(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => {
      return recordChange({
        summary: `Made ${email} an owner (full control of the iTwin)`,
        target: `Owner ${email}`,
        run: () => addOwner(client, iTwinId, email),
        // Undone by removing the new owner, or by cancelling the invitation sent instead.
        inverse: (answer: AddOwnerResult) =>
          answer.member
            ? {
                summary: `take ownership away from ${email}`,
                requests: [undoRequest(memberOperations.removeOwner, { iTwinId, memberId: answer.member.id })],
              }
            : answer.invitation
              ? {
                  summary: `cancel the owner invitation of ${email}`,
                  requests: [undoRequest(memberOperations.cancelInvitation, { iTwinId, invitationId: answer.invitation.id })],
                }
              : undefined,
      });
    },
    onSuccess: () => refresh(queryClient, iTwinId),
  });
}

export function useRemoveOwner(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (owner: OwnerMember) => {
      const who = owner.email ?? owner.id;
      return recordChange({
        summary: `Removed ${who} as owner`,
        target: `Owner ${who}`,
        run: () => removeOwner(client, iTwinId, owner.id),
        // A missing user (no e-mail) cannot be added back by e-mail.
        ...(owner.email && {
          inverse: {
            summary: `make ${owner.email} an owner again`,
            requests: [undoRequest(memberOperations.addOwner, { iTwinId }, { email: owner.email })],
          },
        }),
      });
    },
    onSuccess: () => refresh(queryClient, iTwinId),
  });
}
