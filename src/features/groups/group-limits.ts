// What a group may hold, checked before anything is sent: at most 50 members and 50 IMS groups.
import { parseEmails } from "../../lib/email-list";

export const MAX_GROUP_MEMBERS = 50;
export const MAX_IMS_GROUPS = 50;

export interface ListCheck {
  items: string[];
  /** Why the list cannot be sent, or undefined. */
  problem?: string;
}

export function checkMembers(text: string): ListCheck {
  const { emails, invalid } = parseEmails(text);
  if (invalid.length > 0) return { items: emails, problem: `Not an e-mail address: ${invalid.join(", ")}` };
  if (emails.length > MAX_GROUP_MEMBERS)
    return {
      items: emails,
      problem: `${emails.length} members: a group holds at most ${MAX_GROUP_MEMBERS}. Remove ${emails.length - MAX_GROUP_MEMBERS}.`,
    };
  return { items: emails };
}

/** IMS group names, one a line (names may contain spaces and commas); duplicates (any case) dropped. */
export function checkImsGroups(text: string): ListCheck {
  const seen = new Set<string>();
  const items = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
  if (items.length > MAX_IMS_GROUPS)
    return {
      items,
      problem: `${items.length} IMS groups: a group holds at most ${MAX_IMS_GROUPS}. Remove ${items.length - MAX_IMS_GROUPS}.`,
    };
  return { items };
}

/** The server names an entry by index ("members[3]"); say which one that was. */
export function entryOf(target: string | undefined, sent: readonly string[]): string | undefined {
  const match = target ? /\[(\d+)\]/.exec(target) : null;
  return match ? sent[Number(match[1])] : undefined;
}
