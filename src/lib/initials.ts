// The letters in a person's avatar: the first letter of their first and last names (or of an e-mail's
// local part), taken as whole characters — a surrogate pair, an accent or a joined emoji is never cut —
// and only letters or digits, so a direction override or an invisible character in a name can never
// end up in the circle and reorder what is painted around it.
const LETTER = /[\p{L}\p{N}]/u;
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;

function graphemes(word: string): string[] {
  return segmenter ? [...segmenter.segment(word)].map((s) => s.segment) : [...word];
}

/** The first letter (as a whole grapheme) of a word, or undefined when it has none. */
function firstLetter(word: string): string | undefined {
  return graphemes(word).find((g) => LETTER.test(g));
}

/** At most two initials for `name`, else for the local part of `email`; "?" when neither has a letter. */
export function initialsOf(name: string | null | undefined, email?: string | null): string {
  const fromWords = (text: string, separators: RegExp) => {
    const letters = text
      .replace(HIDDEN, " ")
      .split(separators)
      .flatMap((w) => {
        const l = firstLetter(w);
        return l ? [l] : [];
      });
    if (letters.length === 0) return "";
    const picked = letters.length === 1 ? [letters[0]!] : [letters[0]!, letters[letters.length - 1]!];
    return picked.map((l) => l.toLocaleUpperCase()).join("");
  };
  return fromWords(name ?? "", /\s+/) || fromWords((email ?? "").split("@")[0] ?? "", /[\s._+-]+/) || "?";
}
