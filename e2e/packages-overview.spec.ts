// All packages at a glance: on the large data set every package with assignments is a column of the
// table, the filters narrow it; "who can run" lists someone who reaches a package only through a group.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { seedLarge } from "../emulator/data/seed-large";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { overviewRows, overviewTable, packagesOverviewPath, runnerRow, seededGroup } from "./support/itwin-admin";

test("on the large data set the all-packages table and picture show every package with assignments, and the filters narrow them", async ({
  page,
  request,
}) => {
  await resetEmulator(request, "large");
  const store = seedLarge();
  const itwin = store.itwins.get(DEFAULT_ITWIN_ID)!;
  const assigned = [...itwin.edfs.entries()].filter(([, m]) => m.size > 0).map(([u]) => store.packages.get(u)!.name);
  expect(store.packages.size).toBeGreaterThanOrEqual(20);
  expect(assigned.length).toBeGreaterThanOrEqual(10);

  await signInAs(page, "manager", packagesOverviewPath());
  const table = overviewTable(page);
  await expect(table).toBeVisible({ timeout: 30_000 });
  for (const name of assigned) await expect(table.getByRole("columnheader", { name, exact: true })).toBeAttached();
  const all = await overviewRows(page).count();
  expect(all).toBeGreaterThan(20);
  // The picture draws a column for each of them too (long names are clipped to 31 characters and "…").
  await page.getByRole("button", { name: "Picture" }).click();
  const picture = page.getByRole("img", { name: /iTwin roles against \d+ integration packages/ });
  await expect(picture).toBeVisible();
  const columns = await picture.locator("text").allTextContents();
  for (const name of assigned) expect(columns, name).toContain(name.length > 32 ? `${name.slice(0, 31)}…` : name);
  await page.getByRole("button", { name: "Table" }).click();

  await page.getByLabel("Filter roles").fill("Custom Role 00");
  await expect.poll(() => overviewRows(page).count()).toBeLessThan(all);
  await page.getByLabel("Filter roles").fill("");
  await page.getByLabel("Filter packages").fill(assigned[0]!);
  await expect(table.getByRole("columnheader", { name: assigned[1]!, exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Picture" }).click();
  await expect(page.getByRole("img", { name: /iTwin roles against 1 integration package/ })).toBeVisible();
});

test("who can run a package lists a member who reaches it only through a group", async ({ page, request }) => {
  await resetEmulator(request);
  const operators = seededGroup("Integration Operators");
  await signInAs(page, "manager", packagesOverviewPath());
  await page.getByRole("combobox", { name: "Package", exact: true }).click();
  await page.getByRole("option", { name: "Sql Customers" }).click();
  const row = runnerRow(page, operators.people[0]!.email);
  await expect(row).toContainText("Via group: Group Integration Operators → EDFS_integration");
  await expect(row).not.toContainText("Direct:");
});
