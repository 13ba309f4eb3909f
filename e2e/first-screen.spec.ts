// Each person opens the console on the first section they can use, and the sections they cannot use
// say so on their tabs before anyone clicks them.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { assertMembersPage } from "./support/members";
import { assertMatrixShown } from "./support/roles";
import { sectionTab } from "./support/console-pages";
import { demoUser } from "../emulator/demo-users";
import { memberRoleNames } from "./support/change-log";
import { emulator } from "./support/emulator";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";

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

test("a read-only member opening Access insight is told why she cannot look into others' access, and sees her own roles and permissions", async ({
  page,
  request,
}) => {
  const rita = demoUser("reader");
  const roles = (await memberRoleNames(request, DEFAULT_ITWIN_ID, rita.id))!;
  expect(roles.length).toBeGreaterThan(0);
  const held = await emulator(request).actAsOk("reader", roleOperations.listMyPermissions, { iTwinId: DEFAULT_ITWIN_ID });
  expect(held.permissions.length).toBeGreaterThan(0);

  await signInAs(page, "reader");
  await expect(sectionTab(page, "Access insight")).toHaveAccessibleName(/your own access is shown there/);
  await sectionTab(page, "Access insight").click();
  const own = page.getByRole("region", { name: "Your own access on this iTwin" });
  await expect(own).toBeVisible();
  for (const role of roles) await expect(own.getByTestId("own-roles")).toContainText(role);
  const count = held.permissions.length;
  await expect(own.getByTestId("own-permission-count")).toHaveText(`You hold ${count} permission${count === 1 ? "" : "s"}:`);
  await expect(own.getByRole("list", { name: "Your permissions" }).getByRole("listitem")).toHaveCount(count);
});
