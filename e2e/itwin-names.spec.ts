// An iTwin named with a right-to-left override ("White River Bridge\u202Egnp.exe" would read as
// "White River Bridgeexe.png"): wherever a person chooses or confirms where they are — the picker, its
// options, the browser tab's title, the Packages page's iTwin field and the Organization
// page's iTwins table — the override shows as a visible code and the name is isolated from what follows.
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
  // The cells after the name stay in their columns: the row reads name first, then "yes" (indexed).
  expect(await renderedText(row)).toMatch(new RegExp(`^${SHOWN.replace(/[+.]/g, "\\$&")}yes`));
});
