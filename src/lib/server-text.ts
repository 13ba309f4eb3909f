// Names that come from the server (roles, members, groups, packages, iTwins) are data, not layout: a
// right-to-left override or an invisible character in one must not reorder or hide the text around it
// ("Admin\u202Etxt.exe" showing as "Adminexe.txt"). These helpers make such characters visible and
// isolate a name from the sentence it sits in. Exports keep the raw value.

// Control (Cc) and format (Cf) characters — every bidi embedding/override/isolate, the marks, the
// zero-width ones, the BOM — and the line/paragraph separators.
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

const FSI = "\u2068"; // first strong isolate
const PDI = "\u2069"; // pop directional isolate

/** The hidden characters in `text`, as "U+202E" codes in order of appearance, each once. */
export function hiddenCharacters(text: string): string[] {
  const codes = (text.match(HIDDEN) ?? []).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
  return [...new Set(codes)];
}

export interface RevealedPart {
  text: string;
  /** True for a hidden character shown as its code. */
  hidden: boolean;
}

/** The name cut into plain runs and hidden characters, each of which is shown as its code. */
export function revealParts(text: string): RevealedPart[] {
  const parts: RevealedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hidden: false });
    parts.push({ text: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`, hidden: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hidden: false });
  return parts;
}

/** The name with each hidden character replaced by a visible "⟦U+202E⟧". */
export function revealHidden(text: string): string {
  return revealParts(text)
    .map((p) => (p.hidden ? `⟦${p.text}⟧` : p.text))
    .join("");
}

/**
 * The name as plain text that is safe inside a sentence, an aria-label, a tooltip or an option label:
 * hidden characters made visible, and the whole wrapped in a directional isolate so it cannot reorder
 * the words around it.
 */
export function safeName(text: string): string {
  return `${FSI}${revealHidden(text)}${PDI}`;
}

/** Shortens a long name for places with no room, keeping its start (the full name goes in a tooltip). */
export function shortened(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}
