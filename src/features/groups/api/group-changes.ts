// Writes to the iTwin's Access Control groups, each through the change log with its undo where one
// exists: creating is undone by deleting, an edit by restoring the name, description and lists it
// replaced. Deleting cannot be undone (the group's id, and with it every role it held, is gone).
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Group } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { groupOperations } from "../../../api/operations/accesscontrol-groups";
import { invalidateAfter } from "../../../api/operation-queries";
import { memberKeys } from "../../../api/queries/member-keys";
import { forgetGroup, iTwinGroupsKey, rememberGroup } from "../../../api/queries/itwin-groups";
import { recordChange } from "../../../lib/change-log";
import { undoRequest } from "../../../lib/undo-request";

export interface GroupEdit {
  name?: string;
  description?: string;
  members?: string[];
  imsGroups?: string[];
}

async function refresh(queryClient: QueryClient, iTwinId: string, groupId?: string) {
  await Promise.all([
    invalidateAfter(queryClient, groupOperations.updateGroup, { iTwinId, groupId: groupId ?? "" }),
    queryClient.invalidateQueries({ queryKey: iTwinGroupsKey(iTwinId) }),
    // Group members carry the group's name; who is in a group decides what its roles reach.
    queryClient.invalidateQueries({ queryKey: memberKeys.groups(iTwinId) }),
  ]);
}

const updateGroup = (client: HttpClient, iTwinId: string, groupId: string, body: GroupEdit) =>
  client.request(groupOperations.updateGroup, { iTwinId, groupId }, { body }).then((r) => r.group);

const deleteGroup = (client: HttpClient, iTwinId: string, groupId: string) =>
  client.request(groupOperations.deleteGroup, { iTwinId, groupId });

/** "Renamed to X; 3 members; 1 IMS group" — what an edit changes, for the change log. */
export function describeEdit(before: Group, edit: GroupEdit): string {
  const parts: string[] = [];
  if (edit.name !== undefined && edit.name !== before.name) parts.push(`renamed to ${edit.name}`);
  if (edit.description !== undefined && edit.description !== (before.description ?? "")) parts.push("description changed");
  if (edit.members !== undefined) parts.push(`members set to ${edit.members.length}`);
  if (edit.imsGroups !== undefined) parts.push(`IMS groups set to ${edit.imsGroups.length}`);
  return parts.length > 0 ? parts.join("; ") : "no change";
}

/** The body that puts back what `edit` replaces. Null when the lists shown were cut at 50 (no full copy to restore). */
export function inverseOf(before: Group, edit: GroupEdit): GroupEdit | null {
  const inverse: GroupEdit = {};
  if (edit.name !== undefined) inverse.name = before.name;
  if (edit.description !== undefined) inverse.description = before.description ?? "";
  if (edit.members !== undefined) {
    if ((before.membersCount ?? before.members.length) > before.members.length) return null;
    inverse.members = before.members.flatMap((m) => (m.email ? [m.email] : []));
  }
  if (edit.imsGroups !== undefined) {
    if ((before.imsGroupsCount ?? before.imsGroups.length) > before.imsGroups.length) return null;
    inverse.imsGroups = [...before.imsGroups];
  }
  return inverse;
}

export function useCreateGroup(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; description: string }) => {
      return recordChange({
        summary: `Created group ${body.name}`,
        target: `Group ${body.name}`,
        run: async () => {
          const group = await client.request(groupOperations.createGroup, { iTwinId }, { body }).then((r) => r.group);
          rememberGroup(iTwinId, group.id);
          return group;
        },
        inverse: (group) => ({
          summary: `delete group ${body.name}`,
          requests: [undoRequest(groupOperations.deleteGroup, { iTwinId, groupId: group.id })],
          refresh: [iTwinGroupsKey(iTwinId)],
        }),
      });
    },
    onSuccess: (group) => refresh(queryClient, iTwinId, group.id),
  });
}

export function useUpdateGroup(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ before, edit }: { before: Group; edit: GroupEdit }) => {
      const inverse = inverseOf(before, edit);
      return recordChange({
        summary: `Group ${describeEdit(before, edit)}`,
        target: `Group ${before.name}`,
        run: () => updateGroup(client, iTwinId, before.id, edit),
        ...(inverse && {
          inverse: {
            summary: `restore group ${before.name} as it was`,
            requests: [undoRequest(groupOperations.updateGroup, { iTwinId, groupId: before.id }, inverse)],
            refresh: [iTwinGroupsKey(iTwinId)],
          },
        }),
      });
    },
    onSuccess: (_group, { before }) => refresh(queryClient, iTwinId, before.id),
  });
}

export function useDeleteGroup(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (group: Group) =>
      recordChange({
        summary: `Deleted group ${group.name} — cannot be undone (create it again and give it its roles)`,
        target: `Group ${group.name}`,
        run: async () => {
          await deleteGroup(client, iTwinId, group.id);
          forgetGroup(iTwinId, group.id);
        },
      }),
    onSuccess: (_r, group) => refresh(queryClient, iTwinId, group.id),
  });
}

export function useCancelGroupInvitation(iTwinId: string, groupId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: { id: string; email: string }) =>
      recordChange({
        summary: `Cancelled the group invitation of ${invitation.email} — cannot be undone`,
        target: `Group invitation ${invitation.email}`,
        run: () => client.request(groupOperations.cancelGroupInvitation, { iTwinId, groupId, invitationId: invitation.id }),
      }),
    onSuccess: () => invalidateAfter(queryClient, groupOperations.cancelGroupInvitation, { iTwinId, groupId, invitationId: "" }),
  });
}
