// Messages that say what really happened: adding someone who already is a member says so and what
// changed; the missing-users notice offers removal only to someone who may remove.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { addUsers, assertMembersPage, membersPath, openRoleEditor, searchMembers, searchRoles, toggleRole } from "./support/members";
import { memberRoleNames } from "./support/change-log";
import { failNext } from "./support/emulator";
import { roleId } from "../emulator/data/seed-builder";
import {
  assertMatrixShown,
  closeDialog,
  filterMatrix,
  openReview,
  roleOnServer,
  rolesPath,
  saveResultOf,
  saveReviewed,
  toggleCell,
} from "./support/roles";

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

test("the role editor says once that nothing changed, counts one added role as one, and offers only as many roles as can still be chosen", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await resetEmulator(request, "large");
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, "Rita Reader");

  // Nothing changed: one sentence says so, not two.
  await expect(editor.getByTestId("role-diff")).toHaveText("No change from the current roles.");
  await expect(page.getByText("Nothing changed yet")).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Save roles" })).toBeDisabled();

  // One role added reads "(1)" with its name.
  await searchRoles(editor, "Write Access");
  await toggleRole(editor, "Write Access");
  await expect(editor.getByTestId("role-diff")).toContainText("Adding (1):");
  await expect(editor.getByTestId("role-diff")).toContainText("Write Access");
  await toggleRole(editor, "Write Access");

  // Hundreds of roles match a short search; the button offers the number that can still be chosen.
  await searchRoles(editor, "a");
  const select = editor.getByRole("button", { name: /^Select (all shown|the first \d+ shown)/ });
  await expect(select).toHaveText(/^Select the first (\d+) shown$/);
  const offered = Number((await select.textContent())!.match(/\d+/)![0]);
  expect(offered).toBeLessThanOrEqual(50);
  await expect(editor.getByRole("button", { name: /Select all shown \(\d{3,}\)/ })).toHaveCount(0);
  await select.click();
  await expect(editor.locator("#roleIds-count")).toHaveText("50 of at most 50 roles selected.");
});

test("a role save the server refused is named in the results with a Retry, and retrying saves it", async ({ page, request }) => {
  const WRITE_ACCESS = { id: roleId(1, 4), name: "Write Access" };
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "storage");
  await toggleCell(page, WRITE_ACCESS.name, "storage_delete");
  await failNext(request, { method: "PATCH", path: "/roles/", status: 500, count: 1 });
  const review = await saveReviewed(await openReview(page));
  await expect(review).toContainText("1 failed");
  await expect(saveResultOf(review, WRITE_ACCESS.name)).toContainText("Failed");
  const retry = review.getByRole("button", { name: "Retry the failed role" });
  await expect(retry).toBeVisible();
  await retry.click();
  await expect(review).toContainText("1 saved.");
  await closeDialog(page);
  expect((await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id)).permissions).toContain("storage_delete");
});
