// Permission rows read as what they allow ("Execute integration packages"), with the key beside the label
// and the one-line description on hover; typing either the label or the raw key finds the row.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import {
  assertMatrixShown,
  createRoleAs,
  filterMatrix,
  moreColumnsCue,
  permissionMatrix,
  permissionRowHeader,
  rolesPath,
  scrollMatrixToEnd,
} from "./support/roles";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the matrix names permissions by readable label, and filtering by the raw key or the label still finds them", async ({ page }) => {
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);

  await filterMatrix(page, "edfs_objipexec");
  const row = permissionRowHeader(page, "edfs_objipexec");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Execute integration packages");
  await expect(row.locator("[title]").first()).toHaveAttribute("title", /Run integration packages/);
  await expect(permissionMatrix(page).getByRole("rowheader").filter({ hasText: "Manage roles" })).toHaveCount(0);

  await filterMatrix(page, "execute integration");
  await expect(permissionRowHeader(page, "edfs_objipexec")).toBeVisible();
});

test("role headers wrap long names onto several lines, and a narrow window says more roles follow until the grid is scrolled to its end", async ({
  page,
  request,
}) => {
  const longName = "Regional Infrastructure Review Board Members";
  await createRoleAs(request, DEFAULT_ITWIN_ID, longName, "Reviews designs");
  await page.setViewportSize({ width: 820, height: 800 });
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);

  await expect(moreColumnsCue(page)).toHaveText(/^\d+ more roles? →$/);
  await scrollMatrixToEnd(page);
  await expect(moreColumnsCue(page)).toBeHidden();

  const header = permissionMatrix(page)
    .getByRole("columnheader", { name: new RegExp(longName) })
    .getByRole("button");
  await expect(header).toHaveAttribute("title", longName);
  const box = (await header.boundingBox())!;
  // Wrapped onto three lines rather than cut after a dozen characters; the full name is on hover.
  expect(box.height).toBeGreaterThan(40);
});
