// On a 390 px phone screen every tab can still be used: the tab lists scroll (with buttons) instead of
// squeezing, each label reads in full, the chosen tab is scrolled into view, and the page itself never
// scrolls sideways. The avatar keeps its round shape with its initials inside.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { membersPath } from "./support/members";

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

/** The tab reads in full (its label is not clipped) and sits inside the screen. */
async function assertTabUsable(page: Page, tab: Locator) {
  // Sub-pixel rounding aside, the whole tab is on the screen once scrolled to (the list may still be
  // bringing the chosen tab back into view after the previous click, as a person would see it do).
  await expect(async () => {
    await tab.scrollIntoViewIfNeeded();
    await expect(tab).toBeInViewport({ ratio: 0.99, timeout: 1000 });
  }).toPass();
  const clipped = await tab.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(clipped, `${await tab.textContent()} reads in full`).toBe(false);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test("at 390 px every section tab and every member-kind tab reads in full and opens", async ({ page }) => {
  await signInAs(page, "manager", membersPath());
  // The app bar's avatar keeps its circle, and its initials fit inside it.
  const avatar = page.getByTestId("user-menu-button").locator(".MuiAvatar-root");
  await expect(avatar).toHaveText("PM");
  const circle = await avatar.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight, text: el.scrollWidth }));
  expect(circle.width).toBe(circle.height);
  expect(circle.text).toBeLessThanOrEqual(circle.width);
  const kinds = page.getByRole("tablist", { name: "Member kinds" });
  for (const name of ["Users", "Groups", "Owners", "Invitations"]) {
    const tab = kinds.getByRole("tab", { name });
    await assertTabUsable(page, tab);
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
  }

  const sections = page.getByRole("tablist", { name: "Sections" });
  const count = await sections.getByRole("tab").count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const tab = sections.getByRole("tab").nth(i);
    await assertTabUsable(page, tab);
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    // After the page changes, the chosen tab is still in view.
    await expect(sections.getByRole("tab", { selected: true })).toBeInViewport({ ratio: 0.99 });
  }
});
