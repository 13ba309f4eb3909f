// Accessibility check used by every scenario: axe (WCAG 2 A/AA, 2.1, 2.2) on what is on screen; serious
// and critical findings fail the test with a readable list.
import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Serious and critical axe findings on the page as "rule (impact): help — targets" lines (empty when clean). */
export async function seriousA11yFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  // The element's opening tag says which control it is better than a generated class name does.
  const where = (n: { target: unknown[]; html: string }) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`;
  return serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(where).join(" | ")}`);
}

export async function expectNoSeriousA11yViolations(page: Page, label = "page") {
  expect(await seriousA11yFindings(page), `axe findings on ${label}`).toEqual([]);
}
