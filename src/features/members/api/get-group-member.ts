// G2 — one group member as the server has it now (the editor's before-save check, like get-user-member).
import { GroupMemberResponse } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { acPath } from "./members-feature-keys";

export function getGroupMember(client: HttpClient, iTwinId: string, groupId: string, signal?: AbortSignal) {
  return client
    .request({
      api: "accesscontrol",
      path: acPath(iTwinId, `/members/groups/${encodeURIComponent(groupId)}`),
      schema: GroupMemberResponse,
      signal,
    })
    .then((r) => r.member);
}
