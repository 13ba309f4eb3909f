// G3 — give groups roles on the iTwin (201 {members}). At most 50 role assignments per request.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { AddGroupMembersResponse, type AddGroupMembersRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";

export function addGroupMembers(client: HttpClient, iTwinId: string, groupIds: string[], roleIds: string[]) {
  const body: AddGroupMembersRequest = { members: groupIds.map((groupId) => ({ groupId, roleIds })) };
  return client.request({ method: "POST", api: "accesscontrol", path: acPath(iTwinId, "/members/groups"), body, schema: AddGroupMembersResponse });
}

export function useAddGroupMembers(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ groupIds, roleIds }: { groupIds: string[]; roleIds: string[] }) => addGroupMembers(client, iTwinId, groupIds, roleIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
