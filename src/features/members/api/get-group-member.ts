// getGroupMember — one group member as the server has it now (the editor's before-save check, like get-user-member).
import type { HttpClient } from "../../../api/client-context";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function getGroupMember(client: HttpClient, iTwinId: string, groupId: string, signal?: AbortSignal) {
  return client.request(memberOperations.getGroupMember, { iTwinId, groupId }, { signal }).then((r) => r.member);
}
