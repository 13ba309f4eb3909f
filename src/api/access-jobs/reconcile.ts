// Whether the iTwin's members, as the server lists them now, hold what an action asked for. Used where the
// job's own answer does not settle it (PartialCompleted, or a job whose creation was never confirmed), so
// what the console shows as done is what the server holds.
import type { HttpClient } from "../operation-request";
import { fetchAll } from "../operation-queries";
import { memberOperations } from "../operations/accesscontrol-members";
import { PAGE_SIZE } from "../paging";
import type { UserMember } from "../wire";
import { sameEmail, type AccessAction } from "./actions";

export function holdsOnServer(action: AccessAction, members: readonly UserMember[]): boolean {
  const member = members.find((m) => sameEmail(action.email, m.email));
  if (action.type === "removeMembers") return member === undefined;
  const held = new Set((member?.roles ?? []).map((r) => r.id.toLowerCase()));
  if (action.type === "assignRoles") return member !== undefined && action.roleIds.every((id) => held.has(id.toLowerCase()));
  return action.roleIds.every((id) => !held.has(id.toLowerCase()));
}

/** Every user member of the iTwin, paged by $top=100/$skip. */
export function membersNow(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<UserMember[]> {
  return fetchAll(client, memberOperations.listUserMembers, { iTwinId }, { top: PAGE_SIZE, ...(signal && { signal }) });
}
