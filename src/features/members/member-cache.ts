// What the console already knows about members, invitations and roles, read from the query cache — the
// change log names what a change is about and remembers what to give back on undo without asking the
// server again (the row the user acted on is on screen, so it is in the cache).
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { sameEmail } from "../../api/access-jobs";
import type { GroupMember, MemberInvitation, Role, UserMember } from "../../api/wire";
import { memberKeys } from "../../api/queries/member-keys";
import { iTwinRoleKeys } from "../../api/queries/itwin-roles";
import { invalidateAfter } from "../../api/operation-queries";
import { memberOperations } from "../../api/operations/accesscontrol-members";
import type { UserMembersPage } from "../../api/queries/all-user-members";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every user member in the cache (the pages loaded so far). */
function cachedUserMembers(queryClient: QueryClient, iTwinId: string): UserMember[] {
  return queryClient.getQueryData<InfiniteData<UserMembersPage>>(memberKeys.userPages(iTwinId))?.pages.flatMap((p) => p.members) ?? [];
}

export function cachedUserMember(queryClient: QueryClient, iTwinId: string, memberId: string): UserMember | undefined {
  return cachedUserMembers(queryClient, iTwinId).find((m) => same(m.id, memberId));
}

export function cachedUserMemberByEmail(queryClient: QueryClient, iTwinId: string, email: string): UserMember | undefined {
  return cachedUserMembers(queryClient, iTwinId).find((m) => sameEmail(m.email, email));
}

export function cachedGroupMember(queryClient: QueryClient, iTwinId: string, groupId: string): GroupMember | undefined {
  return queryClient.getQueryData<GroupMember[]>(memberKeys.groups(iTwinId))?.find((g) => same(g.id, groupId));
}

export function cachedInvitations(queryClient: QueryClient, iTwinId: string): MemberInvitation[] {
  return queryClient.getQueryData<MemberInvitation[]>(memberKeys.invitations(iTwinId)) ?? [];
}

/** "Reader, Surveyor" — role names from the cached role list, the id when a role is not known. */
export function roleNames(queryClient: QueryClient, iTwinId: string, roleIds: readonly string[]): string {
  const roles = queryClient.getQueryData<Role[]>(iTwinRoleKeys.list(iTwinId)) ?? [];
  return roleIds.map((id) => roles.find((r) => same(r.id, id))?.displayName ?? id).join(", ");
}

/** "a, b and 3 more" — keeps a log line short when many are named. */
export function listOf(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.join(", ");
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

/** Someone else removed a member meanwhile: its list is stale, as after a removal here. */
export function refreshMemberList(queryClient: QueryClient, iTwinId: string, kind: "user" | "group"): Promise<void> {
  const { removeUserMember, removeGroupMember } = memberOperations;
  return invalidateAfter(queryClient, kind === "user" ? removeUserMember : removeGroupMember, { iTwinId });
}
