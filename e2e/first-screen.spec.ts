// Each person opens the console on the first section they can use, and the sections they cannot use
// say so on their tabs before anyone clicks them.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { assertMembersPage } from "./support/members";
import { assertMatrixShown } from "./support/roles";
import { sectionTab } from "./support/console-pages";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("a read-only member signing in opens on Members, and the Roles and Access insight tabs say they are not available", async ({
  page,
}) => {
  await signInAs(page, "reader");
  await expect(page).toHaveURL(new RegExp(`/itwins/${DEFAULT_ITWIN_ID}/members$`));
  await assertMembersPage(page);
  await expect(page.getByText("Viewing and editing roles is not allowed")).toHaveCount(0);

  await expect(sectionTab(page, "Roles")).toHaveAccessibleName(/not available to you: needs administration_manage_roles/);
  await expect(sectionTab(page, "Access insight")).toHaveAccessibleName(/not available to you/);
  await expect(sectionTab(page, "Members")).not.toHaveAccessibleName(/not available/);
});

test("the project manager signing in still opens on the Roles matrix, with no section marked unavailable", async ({ page }) => {
  await signInAs(page, "manager");
  await expect(page).toHaveURL(new RegExp(`/itwins/${DEFAULT_ITWIN_ID}/roles$`));
  await assertMatrixShown(page);
  await expect(sectionTab(page, "Roles")).not.toHaveAccessibleName(/not available/);
  await expect(sectionTab(page, "Members")).not.toHaveAccessibleName(/not available/);
});
