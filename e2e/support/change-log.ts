// Helpers for the change-log scenario: emulator look-ups (as the org admin, never through the UI) and
// the Changes panel entries by what they say.
import { expect, type APIRequestContext, type Locator } from "@playwright/test";
import { actAs } from "./emulator";
import { changeEntries } from "./resilience";

interface RoleRef {
  id: string;
  displayName: string;
}

export async function roleIdByName(request: APIRequestContext, iTwinId: string, displayName: string): Promise<string> {
  const roles = await actAs<{ roles: RoleRef[] }>(request, "admin", "GET", `/accesscontrol/itwins/${iTwinId}/roles`);
  const role = roles.body.roles.find((r) => r.displayName === displayName);
  expect(role, `role ${displayName}`).toBeDefined();
  return role!.id;
}

/** The user member's roles as the server has them; null when they are not a member. */
export async function memberRoles(request: APIRequestContext, iTwinId: string, memberId: string): Promise<RoleRef[] | null> {
  const r = await actAs<{ member: { roles: RoleRef[] } }>(
    request,
    "admin",
    "GET",
    `/accesscontrol/itwins/${iTwinId}/members/users/${memberId}`,
  );
  return r.status === 200 ? r.body.member.roles : null;
}

/** The user member's role names, sorted; null when they are not a member. */
export async function memberRoleNames(request: APIRequestContext, iTwinId: string, memberId: string): Promise<string[] | null> {
  return (await memberRoles(request, iTwinId, memberId))?.map((r) => r.displayName).sort() ?? null;
}

export async function setMemberRoles(request: APIRequestContext, iTwinId: string, memberId: string, roleIds: string[]) {
  const r = await actAs(request, "admin", "PATCH", `/accesscontrol/itwins/${iTwinId}/members/users/${memberId}`, { roleIds });
  expect(r.status, "PATCH member roles").toBe(200);
}

/** The Changes panel entry whose text contains `text`. */
export function changeEntry(panel: Locator, text: string): Locator {
  return changeEntries(panel).filter({ hasText: text });
}
