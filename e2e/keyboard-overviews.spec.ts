// Keyboard only on the Privileged view, the all-packages view and the organization page: every step by
// Tab, Shift+Tab, arrows, Enter, Space, Escape and typing (no click), a focus ring on what Tab reaches,
// and focus that follows a button when the one pressed gives way to another.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { expectFocusRing, expectFocusWithin, focusedName, pressUntilFocused, tabTo } from "./support/a11y";
import {
  overviewRows,
  overviewTable,
  packagesOverviewPath,
  privilegedPath,
  privilegedRow,
  runnerRow,
  seededGroup,
} from "./support/itwin-admin";
import { crawlStatus, ORG_SMALL_ITWINS, THREE_ROUTE_PERSON, waitForCompleteIndex } from "./support/organization";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the Privileged view is searched and narrowed to one permission by keyboard", async ({ page }) => {
  await signInAs(page, "manager", privilegedPath());
  await expect(page.getByTestId("privileged-counts")).toBeVisible();
  const shown = page.getByText(/^\d+ of \d+ shown$/);
  const total = Number(/of (\d+) shown/.exec((await shown.textContent()) ?? "")![1]);

  await tabTo(page, page.getByLabel("Search people"));
  await expectFocusRing(page);
  const someone = (await page.getByTestId("privileged-row").first().getByRole("cell").first().innerText()).split("\n")[0]!;
  await page.keyboard.type(someone);
  await expect(privilegedRow(page, someone)).not.toHaveCount(0);
  await expect(shown).not.toHaveText(`${total} of ${total} shown`);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await expect(shown).toHaveText(`${total} of ${total} shown`);

  // The permission choice opens with the keyboard, moves with the arrows, closes on Enter, and hands focus back.
  const permission = page.getByRole("combobox", { name: "Permission" });
  await tabTo(page, permission);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  const option = page.getByRole("option", { name: "administration_manage_roles", exact: true });
  await expect(option).toBeVisible();
  await pressUntilFocused(page, "ArrowDown", option);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(permission).toBeFocused();
  await expect(permission).toHaveText("administration_manage_roles");
  await expect(privilegedRow(page, "administration_manage_roles")).not.toHaveCount(0);
  for (const row of await page.getByTestId("privileged-row").all())
    await expect(row).toContainText(/administration_manage_roles|all \(owner\)/);
  // Escape closes the list without choosing.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(permission).toBeFocused();
  await expect(permission).toHaveText("administration_manage_roles");
});

test("the all-packages view is filtered, switched to the picture and back, and asked who can run a package — by keyboard", async ({
  page,
}) => {
  const operators = seededGroup("Integration Operators");
  await signInAs(page, "manager", packagesOverviewPath());
  const table = overviewTable(page);
  await expect(table).toBeVisible();
  const all = await overviewRows(page).count();

  await tabTo(page, page.getByLabel("Filter roles"));
  await expectFocusRing(page);
  await page.keyboard.type("no role is called this");
  await expect(page.getByTestId("overview-empty")).toBeVisible();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await expect(overviewRows(page)).toHaveCount(all);

  // Empty roles shown with Space on the checkbox.
  const showEmpty = page.getByRole("checkbox", { name: "Show roles holding no package role" });
  await tabTo(page, showEmpty);
  await expectFocusRing(page);
  await page.keyboard.press("Space");
  await expect(showEmpty).toBeChecked();
  await expect.poll(() => overviewRows(page).count()).toBeGreaterThan(all);
  await page.keyboard.press("Space");
  await expect(overviewRows(page)).toHaveCount(all);

  // A group of rows folds and unfolds with Enter.
  const heading = (await table.getByRole("button", { expanded: true }).first().textContent())!.replace(/^\S+ /, "");
  const fold = table.getByRole("button", { name: new RegExp(`${heading.replace(/[()]/g, "\\$&")}$`) });
  await tabTo(page, fold);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect.poll(() => overviewRows(page).count()).toBeLessThan(all);
  await page.keyboard.press("Enter");
  await expect(overviewRows(page)).toHaveCount(all);

  // The picture, and its scrollable frame reachable by Tab; then back to the table.
  const picture = page.getByRole("button", { name: "Picture" });
  await tabTo(page, picture, 60, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(picture).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("img", { name: /iTwin roles against \d+ integration packages/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export SVG" })).toBeEnabled();
  await tabTo(page, page.getByLabel("All-packages picture, scrollable"));
  await expectFocusRing(page);
  const tableButton = page.getByRole("button", { name: "Table" });
  await tabTo(page, tableButton, 60, "Shift+Tab");
  await page.keyboard.press("Space");
  await expect(table).toBeVisible();

  // Who can run: the package choice by arrows and Enter.
  const pkg = page.getByRole("combobox", { name: "Package", exact: true });
  await tabTo(page, pkg, 80);
  await expectFocusRing(page);
  await page.keyboard.press("ArrowDown");
  const option = page.getByRole("option", { name: "Sql Customers" });
  await pressUntilFocused(page, "ArrowDown", option);
  await page.keyboard.press("Enter");
  await expect(pkg).toBeFocused();
  await expect(pkg).toHaveText("Sql Customers");
  await expect(runnerRow(page, operators.people[0]!.email)).toContainText("Via group: Group Integration Operators");
});

test.describe("the organization page", () => {
  test("crawl controls, people search and the iTwins table work by keyboard, and focus follows the crawl's buttons", async ({
    page,
    request,
  }) => {
    await resetEmulator(request, "org-small");
    await signInAs(page, "admin", "/organization");
    await waitForCompleteIndex(page);

    // A slow budget, so the crawl can be paused while it runs (the field takes its value on leaving it).
    const budget = page.getByLabel("Requests per minute");
    await tabTo(page, budget);
    await expectFocusRing(page);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("20");
    await page.keyboard.press("Shift+Tab");

    // Refresh all → the crawl runs and Pause takes the button's place; Pause ⇄ Resume keep focus.
    const refresh = page.getByRole("button", { name: "Refresh all" });
    await tabTo(page, refresh, 20, "Shift+Tab");
    await page.keyboard.press("Enter");
    const pause = page.getByRole("button", { name: "Pause" });
    const resume = page.getByRole("button", { name: "Resume" });
    await expect(pause).toBeFocused();
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(crawlStatus(page)).toContainText("paused");
    await expect(resume).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(pause).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: "Cancel" }));
    await page.keyboard.press("Enter");
    await expect(crawlStatus(page)).toContainText("cancelled");
    await expect.poll(() => focusedName(page)).toMatch(/^(Resume|Refresh all)$/);

    // Back to a quick budget, resume to a complete index.
    await tabTo(page, budget);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("6000");
    await tabTo(page, resume, 20, "Shift+Tab");
    await page.keyboard.press("Enter");
    await waitForCompleteIndex(page);

    // People: type, Tab to the match, Enter; the cursor is back in the search for the next person.
    const search = page.getByLabel("Find a person by name or e-mail");
    const name = `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`;
    await tabTo(page, search);
    await page.keyboard.type("threeways");
    const match = page.getByRole("list", { name: /matches/ }).getByRole("button", { name: new RegExp(name) });
    await tabTo(page, match);
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("table", { name: `Access of ${name}` })).toBeVisible();
    await expect(search).toBeFocused();
    await expect(search).toHaveValue("");
    // "Same access as…" gives way to its answer: focus stays in the person's section.
    const sameAccess = page.getByRole("button", { name: "Same access as…" });
    await tabTo(page, sameAccess);
    await page.keyboard.press("Enter");
    await expect(sameAccess).toBeHidden();
    await expectFocusWithin(page.getByRole("region", { name: `Access of ${name}` }), "the person's section");

    // The views are one tab stop: arrows move between them, Enter opens one.
    await tabTo(page, page.getByRole("tab", { name: "People" }), 60, "Shift+Tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "iTwins" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tab", { name: "iTwins" })).toHaveAttribute("aria-selected", "true");

    // iTwins: filter, sort by a column with Enter (twice turns it around), refresh one row.
    const count = page.getByTestId("itwins-count");
    await tabTo(page, page.getByLabel("Filter iTwins (name, number, flag)"));
    await page.keyboard.type("no iTwin is called this");
    await expect(count).toHaveText(`0 of ${ORG_SMALL_ITWINS} iTwins`);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await expect(count).toHaveText(`${ORG_SMALL_ITWINS} of ${ORG_SMALL_ITWINS} iTwins`);
    const itwins = page.getByRole("table", { name: "iTwins of the organization" });
    const members = itwins.getByRole("button", { name: "Members", exact: true });
    await tabTo(page, members);
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(itwins.getByRole("columnheader", { name: "Members", exact: true })).toHaveAttribute("aria-sort", "ascending");
    await page.keyboard.press("Enter");
    await expect(itwins.getByRole("columnheader", { name: "Members", exact: true })).toHaveAttribute("aria-sort", "descending");
    await expect(members).toBeFocused();
    const refreshOne = itwins.getByRole("button", { name: /^Refresh / }).first();
    await tabTo(page, refreshOne);
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(crawlStatus(page)).toContainText(`${ORG_SMALL_ITWINS} of ${ORG_SMALL_ITWINS} iTwins indexed`);
  });
});
