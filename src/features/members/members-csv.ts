// CSV of members with their roles (one row per member, roles joined by "; ").
import type { GroupMember, UserMember } from "../../api/wire";
import { toCsv } from "../../lib/csv";
import { isMissingUser } from "./member-search";

const roleNames = (roles: readonly { displayName: string }[]) => roles.map((r) => r.displayName).join("; ");

export function usersCsv(members: readonly UserMember[]): string {
  return toCsv(
    ["Member id", "Given name", "Surname", "E-mail", "Organization", "Missing user", "Roles"],
    members.map((m) => [m.id, m.givenName, m.surname, m.email, m.organization, isMissingUser(m) ? "yes" : "no", roleNames(m.roles)]),
  );
}

export function groupsCsv(members: readonly GroupMember[]): string {
  return toCsv(
    ["Group id", "Group name", "Description", "Roles"],
    members.map((m) => [m.id, m.groupName, m.groupDescription, roleNames(m.roles)]),
  );
}
