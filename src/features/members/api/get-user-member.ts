// U2 — one user member as the server has it now; the role editor re-reads it before saving to detect
// changes made by someone else since it opened. Never served from cache.
import { UserMemberResponse } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { acPath } from "./members-feature-keys";

export function getUserMember(client: HttpClient, iTwinId: string, memberId: string, signal?: AbortSignal) {
  return client
    .request({
      api: "accesscontrol",
      path: acPath(iTwinId, `/members/users/${encodeURIComponent(memberId)}`),
      schema: UserMemberResponse,
      signal,
    })
    .then((r) => r.member);
}
