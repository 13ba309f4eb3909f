// The e-mail box of "Add users" as a person types into it: the word being typed (after the last comma,
// semicolon, space or new line) is what colleagues are searched by, and picking one replaces that word
// with their address.
const SEPARATOR = /[\s,;]/;

/** The word being typed at the end of the box ("" right after a separator). */
export function wordBeingTyped(text: string): string {
  let start = text.length;
  while (start > 0 && !SEPARATOR.test(text[start - 1]!)) start -= 1;
  return text.slice(start);
}

/** The box with the word being typed replaced by `email`, ready for the next address. */
export function withPickedEmail(text: string, email: string): string {
  const head = text.slice(0, text.length - wordBeingTyped(text).length);
  return `${head}${email}, `;
}

/** The user search takes 3–200 characters; shorter or longer words are not searched. */
export function searchableWord(word: string): string | undefined {
  const trimmed = word.trim();
  return trimmed.length >= 3 && trimmed.length <= 200 ? trimmed : undefined;
}
