// Validation shared by the add/update member operations (addUserMembers, updateUserMemberRoles, addGroupMembers, updateGroupMemberRoles): the documented
// InvalidiTwinsMemberRequest details, only those that apply, in request order.
import type { ErrorDetail } from "../../../src/api/wire";
import { roleOf, type ITwinRecord } from "../../data/store";
import { detail, errors, isGuid } from "../errors";
import { bodyObject, isStringArray, type RequestContext } from "../http";

/** At most 50 role assignments per request. */
export const MAX_ROLE_ASSIGNMENTS = 50;

export interface MemberEntry {
  key: string;
  roleIds: string[];
}

export function validateAddMembers(ctx: RequestContext, keyName: "email" | "groupId"): MemberEntry[] {
  const body = bodyObject(ctx);
  if (!body) throw errors.memberRequest([detail.invalidBody()]);
  const members = body.members;
  if (members === undefined || members === null) throw errors.memberRequest([detail.missing("members")]);
  if (!Array.isArray(members) || members.length === 0) throw errors.memberRequest([detail.invalidBody()]);
  const details: ErrorDetail[] = [];
  let invalidBody = false;
  let total = 0;
  members.forEach((m: unknown, i) => {
    if (typeof m !== "object" || m === null || Array.isArray(m)) {
      invalidBody = true;
      return;
    }
    const { [keyName]: key, roleIds } = m as Record<string, unknown>;
    if (typeof key !== "string" || key.trim() === "") details.push(detail.missing(`members[${i}].${keyName}`));
    if (roleIds === undefined || roleIds === null) details.push(detail.missing(`members[${i}].roleIds`));
    else if (!isStringArray(roleIds) || roleIds.length === 0) invalidBody = true;
    else total += roleIds.length;
  });
  if (total > MAX_ROLE_ASSIGNMENTS) details.push(detail.tooMany("members"));
  if (invalidBody) details.push(detail.invalidBody());
  if (details.length > 0) throw errors.memberRequest(details);
  return (members as Record<string, unknown>[]).map((m) => ({ key: (m[keyName] as string).trim(), roleIds: m.roleIds as string[] }));
}

export function validateRoleIds(ctx: RequestContext): string[] {
  const body = bodyObject(ctx);
  if (!body) throw errors.memberRequest([detail.invalidBody()]);
  const roleIds = body.roleIds;
  if (roleIds === undefined || roleIds === null) throw errors.memberRequest([detail.missing("roleIds")]);
  if (!isStringArray(roleIds) || roleIds.length === 0) throw errors.memberRequest([detail.invalidBody()]);
  if (roleIds.length > MAX_ROLE_ASSIGNMENTS) throw errors.memberRequest([detail.tooMany("roleIds")]);
  return roleIds;
}

/** Roles of the iTwin or account roles of its Account iTwin. 404 RoleNotFound naming the first unknown role id; returns the canonical (lower-case) ids, deduplicated. */
export function resolveRoleIds(itwin: ITwinRecord, roleIds: readonly string[], targetPrefix: string): string[] {
  roleIds.forEach((id, j) => {
    if (!isGuid(id) || !roleOf(itwin, id.toLowerCase())) throw errors.roleNotFound(`${targetPrefix}[${j}]`);
  });
  return [...new Set(roleIds.map((id) => id.toLowerCase()))];
}

export const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
