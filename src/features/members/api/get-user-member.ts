// getUserMember — one user member as the server has it now; the role editor re-reads it before saving to detect
// changes made by someone else since it opened. Never served from cache.
import type { HttpClient } from "../../../api/client-context";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function getUserMember(client: HttpClient, iTwinId: string, memberId: string, signal?: AbortSignal) {
  return client.request(memberOperations.getUserMember, { iTwinId, memberId }, { signal }).then((r) => r.member);
}
