// Parses an e-mail box (adding users, a group's members): separated by commas, semicolons, spaces or new lines;
// duplicates (any case) dropped; anything that does not look like an address reported back.
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Whether the text looks like one e-mail address (the same test as the e-mail boxes). */
export const isEmail = (text: string): boolean => EMAIL.test(text);

export function parseEmails(text: string): { emails: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    if (!EMAIL.test(part)) invalid.push(part);
    else if (!seen.has(part.toLowerCase())) {
      seen.add(part.toLowerCase());
      emails.push(part);
    }
  }
  return { emails, invalid };
}
