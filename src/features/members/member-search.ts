// Client-side search over members already loaded: every word must appear in the member's name, e-mail,
// organization or one of their role names (case-insensitive). Missing users match "missing".
import type { GroupMember, UserMember } from "../../api/wire";

export function isMissingUser(m: Pick<UserMember, "email" | "givenName" | "surname" | "organization">): boolean {
  return m.email === null && m.givenName === null && m.surname === null && m.organization === null;
}

export function userDisplayName(m: Pick<UserMember, "givenName" | "surname" | "email">): string {
  const name = [m.givenName, m.surname].filter(Boolean).join(" ");
  return name || m.email || "Missing user";
}

function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesAll(haystack: string, query: string): boolean {
  const text = haystack.toLowerCase();
  return words(query).every((w) => text.includes(w));
}

function userText(m: UserMember): string {
  return [m.givenName, m.surname, m.email, m.organization, isMissingUser(m) ? "missing user" : "", ...m.roles.map((r) => r.displayName)]
    .join(" ")
    .toLowerCase();
}

export function userMatches(m: UserMember, query: string): boolean {
  return matchesAll(userText(m), query);
}

/** The members with their search text lowered once, so each keystroke only scans strings. */
export interface UserSearchIndex {
  members: readonly UserMember[];
  texts: readonly string[];
}

export function buildUserSearchIndex(members: readonly UserMember[]): UserSearchIndex {
  return { members, texts: members.map(userText) };
}

export function searchUserIndex(index: UserSearchIndex, query: string): UserMember[] {
  const ws = words(query);
  if (ws.length === 0) return [...index.members];
  const out: UserMember[] = [];
  for (let i = 0; i < index.texts.length; i++) if (ws.every((w) => index.texts[i]!.includes(w))) out.push(index.members[i]!);
  return out;
}

/** The columns the users table sorts by, each with the text it shows (missing users have no name). */
export type UserSortField = "name" | "email" | "organization" | "roles";

export function userSortText(m: UserMember, field: UserSortField): string {
  switch (field) {
    case "name":
      return isMissingUser(m) ? "" : userDisplayName(m);
    case "email":
      return m.email ?? "";
    case "organization":
      return m.organization ?? "";
    case "roles":
      return m.roles.map((r) => r.displayName).join(", ");
  }
}

// The same collation the DataGrid uses for its own string sorting, so the order does not change now
// that the table hands the grid one page at a time.
const collator = new Intl.Collator();

/** A sorted copy (stable: ties keep their order); each key is computed once, not per comparison. */
export function sortUsers(members: readonly UserMember[], field: UserSortField, direction: "asc" | "desc"): UserMember[] {
  const keys = members.map((m) => userSortText(m, field));
  const sign = direction === "asc" ? 1 : -1;
  const order = members.map((_m, i) => i).sort((a, b) => sign * collator.compare(keys[a]!, keys[b]!) || a - b);
  return order.map((i) => members[i]!);
}

export function groupMatches(m: GroupMember, query: string): boolean {
  return matchesAll([m.groupName, m.groupDescription ?? "", ...m.roles.map((r) => r.displayName)].join(" "), query);
}

export function searchUsers(members: readonly UserMember[], query: string): UserMember[] {
  return searchUserIndex(buildUserSearchIndex(members), query);
}

export function searchGroups(members: readonly GroupMember[], query: string): GroupMember[] {
  return query.trim() ? members.filter((m) => groupMatches(m, query)) : [...members];
}
