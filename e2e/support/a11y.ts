// Helpers for the accessibility and look scenarios: one call per page or dialog runs axe and keeps a
// full-page screenshot in e2e-artifacts/screenshots/<theme>/ for a person to review.
import { mkdirSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import { seriousA11yFindings } from "./axe";

export type Theme = "light" | "dark";
export const THEMES: readonly Theme[] = ["light", "dark"];
const SCREENSHOTS = "e2e-artifacts/screenshots";

/** Axe on what is on screen (a soft check, so one run lists every page's findings) plus a screenshot. */
export async function checkScreen(page: Page, theme: Theme, name: string) {
  // Let transitions (dialogs fading in, drawers sliding) finish: axe measures contrast on what is painted.
  await page.waitForTimeout(350);
  expect.soft(await seriousA11yFindings(page), `axe findings on ${name} (${theme})`).toEqual([]);
  await screenshot(page, theme, name);
}

export async function screenshot(page: Page, theme: Theme, name: string) {
  mkdirSync(`${SCREENSHOTS}/${theme}`, { recursive: true });
  // From the top, so the sticky app bar is drawn where a person sees it rather than mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  // A dialog or drawer covers the window only: a full-page picture would show the page below it uncovered.
  const overlay = await page.locator(".MuiModal-root:not(.MuiModal-hidden)").count();
  await page.screenshot({ path: `${SCREENSHOTS}/${theme}/${name}.png`, fullPage: overlay === 0, animations: "disabled" });
}

/** The theme the console is painted in right now (the MUI palette mode shows in the body's colours). */
export async function paintedTheme(page: Page): Promise<Theme> {
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const sum = (bg.match(/\d+/g) ?? ["255", "255", "255"])
    .slice(0, 3)
    .map(Number)
    .reduce((a, b) => a + b, 0);
  return sum < 384 ? "dark" : "light";
}

export function dialogNamed(page: Page, name: string | RegExp): Locator {
  return page.getByRole("dialog", { name });
}

/** The outline (or box-shadow ring) drawn around the focused element, as computed style. */
export async function focusIndicator(page: Page): Promise<{ outlineStyle: string; outlineWidth: string; boxShadow: string; tag: string }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    // MUI checkboxes and switches keep their native input invisible: the ring belongs on the control drawn around it.
    const el =
      (focused.matches("input[type=checkbox], input[type=radio]") ? focused.closest<HTMLElement>(".MuiButtonBase-root") : null) ?? focused;
    const s = getComputedStyle(el);
    return {
      outlineStyle: s.outlineStyle,
      outlineWidth: s.outlineWidth,
      boxShadow: s.boxShadow,
      tag: `${el.tagName.toLowerCase()}${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : ""}`,
    };
  });
}

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, max = 60, key: "Tab" | "Shift+Tab" = "Tab") {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reached by ${key}`).toBeFocused();
}

/** Presses `key` until `target` has focus (at most `max` times): arrows inside a grid or list. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reached by ${key}`).toBeFocused();
}

/** How far the page is wider than the window (0 when nothing spills sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Fails unless the focused element shows that it has focus: an outline at least 2 px wide, or for a text
 * field the thick border MUI draws around it while focused.
 */
export async function expectFocusRing(page: Page) {
  const fieldBorder = await page.evaluate(() => {
    const outline = document.activeElement?.closest(".MuiOutlinedInput-root")?.querySelector(".MuiOutlinedInput-notchedOutline");
    return outline ? parseFloat(getComputedStyle(outline).borderTopWidth) : null;
  });
  if (fieldBorder !== null) {
    expect(fieldBorder, "the focused text field's border").toBeGreaterThanOrEqual(2);
    return;
  }
  const ring = await focusIndicator(page);
  expect(ring.outlineStyle, `outline on ${ring.tag}`).not.toBe("none");
  expect(parseFloat(ring.outlineWidth), `outline width on ${ring.tag}`).toBeGreaterThanOrEqual(2);
}

/** Fails unless keyboard focus is inside `container`. */
export async function expectFocusWithin(container: Locator, what = "the container") {
  await expect.poll(() => container.evaluate((el) => el.contains(document.activeElement)), `focus inside ${what}`).toBe(true);
}

/** The accessible name (aria-label, else text) of the focused element; "" when focus fell to the page itself. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "";
    return (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
  });
}
