// Selectors for how server-supplied names are shown: isolated (<bdi>), hidden characters made visible.
import type { Locator, Page } from "@playwright/test";

/** Every rendering of a server name on the page whose visible text contains `text`. */
export function shownName(scope: Page | Locator, text: string): Locator {
  return scope.getByTestId("server-name").filter({ hasText: text });
}

/** The text of `scope` as painted, with no hidden direction characters left in it. */
export async function renderedText(scope: Locator): Promise<string> {
  return (await scope.textContent()) ?? "";
}
