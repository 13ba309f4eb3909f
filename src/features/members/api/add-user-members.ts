// U3 — add users by e-mail with roles. Same-organization users become members at once; others are
// invited (201 {members, invitations}). At most 50 role assignments per request.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { AddUserMembersResponse, type AddUserMembersRequest } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import { acPath } from "./members-feature-keys";

export function addUserMembers(client: HttpClient, iTwinId: string, emails: string[], roleIds: string[]) {
  const body: AddUserMembersRequest = { members: emails.map((email) => ({ email, roleIds })) };
  return client.request({ method: "POST", api: "accesscontrol", path: acPath(iTwinId, "/members/users"), body, schema: AddUserMembersResponse });
}

export function useAddUserMembers(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ emails, roleIds }: { emails: string[]; roleIds: string[] }) => addUserMembers(client, iTwinId, emails, roleIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) }),
  });
}
