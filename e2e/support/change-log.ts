// Helpers for the change-log scenario: emulator look-ups (as the org admin, never through the UI) and
// the Changes panel entries by what they say.
import { expect, type APIRequestContext, type Locator } from "@playwright/test";
import { memberOperations } from "../../src/api/operations/accesscontrol-members";
import { roleOperations } from "../../src/api/operations/accesscontrol-roles";
import type { RoleRef } from "../../src/api/wire";
import { emulator } from "./emulator";
import { changeEntries } from "./resilience";

export async function roleIdByName(request: APIRequestContext, iTwinId: string, displayName: string): Promise<string> {
  const { roles } = await emulator(request).actAsOk("admin", roleOperations.listRoles, { iTwinId });
  const role = roles.find((r) => r.displayName === displayName);
  expect(role, `role ${displayName}`).toBeDefined();
  return role!.id;
}

/** The user member's roles as the server has them; null when they are not a member. */
export async function memberRoles(request: APIRequestContext, iTwinId: string, memberId: string): Promise<RoleRef[] | null> {
  const r = await emulator(request).actAs("admin", memberOperations.getUserMember, { iTwinId, memberId });
  return r.status === 200 && "member" in r.body ? r.body.member.roles : null;
}

/** The user member's role names, sorted; null when they are not a member. */
export async function memberRoleNames(request: APIRequestContext, iTwinId: string, memberId: string): Promise<string[] | null> {
  return (await memberRoles(request, iTwinId, memberId))?.map((r) => r.displayName).sort() ?? null;
}

export async function setMemberRoles(request: APIRequestContext, iTwinId: string, memberId: string, roleIds: string[]) {
  await emulator(request).actAsOk("admin", memberOperations.updateUserMemberRoles, { iTwinId, memberId }, { body: { roleIds } });
}

/** The Changes panel entry whose text contains `text`. */
export function changeEntry(panel: Locator, text: string): Locator {
  return changeEntries(panel).filter({ hasText: text });
}
