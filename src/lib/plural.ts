// Counted nouns that read right for every count: "1 role", "2 roles", "0 roles" — through the
// browser's plural rules, so a count is never followed by the wrong form.
const rules = new Intl.PluralRules("en");

const IRREGULAR: Record<string, string> = { entry: "entries", person: "people", this: "these", is: "are", was: "were", has: "have" };

/** The noun's form for `count`: "role" / "roles" (pass `many` when it is not just an added "s"). */
export function pluralNoun(count: number, one: string, many?: string): string {
  if (rules.select(count) === "one") return one;
  return many ?? IRREGULAR[one] ?? `${one}s`;
}

/** "1 role", "3 roles", "1,204 permissions". */
export function plural(count: number, one: string, many?: string): string {
  return `${count.toLocaleString("en")} ${pluralNoun(count, one, many)}`;
}
