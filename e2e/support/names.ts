// Selectors for how server-supplied names are shown: isolated (<bdi>), hidden characters made visible.
import { expect, type Locator, type Page } from "@playwright/test";

/** Every rendering of a server name on the page whose visible text contains `text`. */
export function shownName(scope: Page | Locator, text: string): Locator {
  return scope.getByTestId("server-name").filter({ hasText: text });
}

/** The text of `scope` as painted, with no hidden direction characters left in it. */
export async function renderedText(scope: Locator): Promise<string> {
  return (await scope.textContent()) ?? "";
}

/** Nothing inside `scope` is pushed wider than the box it sits in (its own width or its parent's). */
export async function assertFitsItsBox(scope: Locator) {
  const overflow = await scope.evaluate((el) => {
    const box = el.parentElement ?? el;
    return { table: el.scrollWidth, box: box.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
  });
  expect(overflow.table, "the table is no wider than its box").toBeLessThanOrEqual(overflow.box + 1);
  expect(overflow.page, "the page does not scroll sideways").toBeLessThanOrEqual(0);
}

/** A cut name shows its full text in a tooltip once focused with the keyboard, and on hover. */
export async function assertFullNameOnFocus(page: Page, name: Locator, full: string) {
  // As a keyboard user: the last input was a key, so the focus counts as keyboard focus (after a click
  // the browser would treat a moved focus as the mouse's, and a tooltip rightly stays shut).
  await page.keyboard.press("Shift");
  await name.focus();
  await expect(page.getByRole("tooltip")).toHaveText(full);
  await name.blur();
}

/** A cut name shows its full text in a tooltip while the pointer rests on it. */
export async function assertFullNameOnHover(page: Page, name: Locator, full: string) {
  await name.hover();
  await expect(page.getByRole("tooltip")).toHaveText(full);
  await page.mouse.move(0, 0);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
}
