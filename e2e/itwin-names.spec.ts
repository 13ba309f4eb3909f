// An iTwin named with a right-to-left override ("White River Bridge\u202Egnp.exe" would read as
// "White River Bridgeexe.png"): wherever a person chooses or confirms where they are — the picker, its
// options, the browser tab's title, the Packages page's iTwin field and the Organization
// page's iTwins table — the override shows as a visible code and the name is isolated from what follows.
// A long one is cut to two lines in the picker's list, flagged still, whole on hover and keyboard focus.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { iTwinOperations } from "../src/api/operations/itwins";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { assertMatrixShown, rolesPath } from "./support/roles";
import { assertPackagesPage, packagesPath } from "./support/packages";
import { renderedText, shownName } from "./support/names";
import { openView, waitForCompleteIndex } from "./support/organization";

const SPOOF = "White River Bridge\u202Egnp.exe";
const SHOWN = "White River BridgeU+202Egnp.exe";
/** How a text field or the tab's title (where no element can isolate it) spells the override. */
const IN_TEXT = "White River Bridge⟦U+202E⟧gnp.exe";
/** About 300 characters, the override at the very end: past where the picker's list cuts the name. */
const LONG_SPOOF = `White River Bridge ${"Infrastructure Programme Delivery ".repeat(8)}\u202Egnp.exe`;
const WARNING = "Contains hidden characters (U+202E)";

test("an iTwin name with a hidden direction override is flagged in the picker, its options, the title and the Packages page", async ({
  page,
  request,
}) => {
  await resetEmulator(request);
  await emulator(request).renameITwin(DEFAULT_ITWIN_ID, SPOOF);

  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  const picker = page.getByRole("combobox", { name: "iTwin" });
  await expect(picker).toHaveValue(IN_TEXT);
  // The tab's title keeps its order: section, iTwin, console — the override cannot turn the rest round.
  await expect(page).toHaveTitle(`Roles · ${IN_TEXT} · iTwin Access Console`);

  // Choosing another iTwin: the option names it with the override visible and flagged.
  await picker.click();
  await picker.fill("White River");
  const option = page.getByRole("option").filter({ has: shownName(page, "gnp.exe") });
  await expect(option).toBeVisible();
  const name = shownName(option, "gnp.exe");
  expect(await renderedText(name)).toBe(SHOWN);
  await expect(name).toHaveAttribute("data-hidden-characters", "U+202E");
  await expect(name).toHaveAccessibleName(/Contains hidden characters \(U\+202E\)/);
  await page.keyboard.press("Escape");

  await page.goto(packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"));
  await assertPackagesPage(page);
  await expect(page.getByRole("textbox", { name: "iTwin", exact: true })).toHaveValue(IN_TEXT);

  // Only the display changed: the iTwins API still has the raw name.
  const stored = await emulator(request).actAsOk("manager", iTwinOperations.getITwin, { iTwinId: DEFAULT_ITWIN_ID });
  expect(stored.iTwin.displayName).toBe(SPOOF);
});

test("an iTwin name with a hidden direction override is flagged and isolated in the Organization page's iTwins table", async ({
  page,
  request,
}) => {
  await resetEmulator(request, "org-small");
  await emulator(request).renameITwin(DEFAULT_ITWIN_ID, SPOOF);
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "iTwins");
  const table = page.getByRole("table", { name: "iTwins of the organization" });
  const row = table.getByRole("row").filter({ has: shownName(page, "gnp.exe") });
  await expect(row).toBeVisible();
  const name = shownName(row, "gnp.exe");
  expect(await renderedText(name)).toBe(SHOWN);
  await expect(name).toHaveAttribute("data-hidden-characters", "U+202E");
  // The row's buttons are named with the override spelled out, so what is read out keeps its order.
  await expect(row.getByRole("button", { name: `Refresh ${IN_TEXT}`, exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Copy members of ${IN_TEXT}`, exact: true })).toBeVisible();
  for (const label of await row.getByRole("button").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))) {
    expect(label).not.toContain("\u202E");
  }
  // The cells after the name stay in their columns: the row reads name first, then "yes" (indexed).
  expect(await renderedText(row)).toMatch(new RegExp(`^${SHOWN.replace(/[+.]/g, "\\$&")}yes`));
});

test("a 300-character spoofed iTwin name is cut to two lines in the picker's list, its flag in view, whole on hover and keyboard focus", async ({
  page,
  request,
}) => {
  await resetEmulator(request);
  await emulator(request).renameITwin(DEFAULT_ITWIN_ID, LONG_SPOOF);
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  const picker = page.getByRole("combobox", { name: "iTwin" });
  await picker.click();
  await picker.fill("White River");
  const option = page.getByRole("option").filter({ has: shownName(page, "gnp.exe") });
  await expect(option).toBeVisible();
  const name = shownName(option, "gnp.exe");
  // The whole name is in the option (a screen reader reads all of it); the eye sees two lines.
  expect(await renderedText(name)).toBe(LONG_SPOOF.replace("\u202E", "U+202E"));
  const box = await name.evaluate((el) => {
    const style = getComputedStyle(el);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    return { height: el.clientHeight, full: el.scrollHeight, line };
  });
  expect(box.height, "at most two lines").toBeLessThanOrEqual(2 * box.line + 1);
  expect(box.full, "the rest is cut").toBeGreaterThan(box.height + 1);
  // The override's code lies in the cut part: the flag beside the name says it is there.
  await expect(option.getByTestId("hidden-characters-flag")).toBeVisible();
  await expect(option.getByTestId("hidden-characters-flag")).toHaveText(/U\+202E/);

  const full = `${LONG_SPOOF.replace("\u202E", "⟦U+202E⟧")} — ${WARNING}`;
  // By keyboard: focus stays in the field, the option reached with the arrow keys stands for it.
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("ArrowDown");
    if (await option.evaluate((el) => el.classList.contains("Mui-focused"))) break;
  }
  await expect(option).toHaveClass(/Mui-focused/);
  await expect(picker).toBeFocused();
  await expect(page.getByRole("tooltip")).toHaveText(full);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);

  // By pointer, the list opened again.
  await picker.fill("White River Bridge");
  await expect(option).toBeVisible();
  await option.hover();
  await expect(page.getByRole("tooltip")).toHaveText(full);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);
});
