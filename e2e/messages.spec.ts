// Messages that say what really happened: adding someone who already is a member says so and what
// changed; the missing-users notice offers removal only to someone who may remove.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { addUsers, assertMembersPage, membersPath } from "./support/members";
import { memberRoleNames } from "./support/change-log";

const RITA = demoUser("reader");

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("adding someone who is already a member says she already was one and which role she gained", async ({ page, request }) => {
  const before = await memberRoleNames(request, DEFAULT_ITWIN_ID, RITA.id);
  expect(before).not.toContain("Write Access");
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);

  const dialog = await addUsers(page, RITA.email, ["Write Access"]);
  const result = dialog.getByTestId("add-users-result");
  await expect(result).toBeVisible();
  await expect(result).not.toContainText("Added as member");
  await expect(result.getByTestId("already-members")).toContainText("Already a member");
  await expect(result.getByTestId("already-members")).toContainText("Rita Reader was already a member: now also holds Write Access.");
  expect(await memberRoleNames(request, DEFAULT_ITWIN_ID, RITA.id)).toContain("Write Access");
});

test("a reader is not told she can remove missing users when every Remove is disabled for her", async ({ page }) => {
  await signInAs(page, "reader", membersPath());
  await assertMembersPage(page);
  const notice = page.getByRole("alert").filter({ hasText: /missing users? \(deleted from Bentley IMS\)/ });
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText("You can remove");
  await expect(notice).toContainText("needs administration_remove_member");
});
