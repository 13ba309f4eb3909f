// The project manager looks after the people of the default iTwin: finds a member on a later page,
// changes their roles, hits the server's limits, invites an outsider; a reader may only look.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import {
  accessibilityViolations,
  addUsers,
  assertMembersPage,
  failNextMemberPatch,
  membersPath,
  openRoleEditor,
  openTab,
  roleIdsHelper,
  roleOption,
  saveRoles,
  searchMembers,
  searchRoles,
  selectShownRoles,
  tickNextUnchosenRole,
  SEED_PATCH_422,
  toggleRole,
  userRow,
} from "./support/members";

const RITA = { name: "Rita Reader", email: "rita.reader@riverbend.example" };

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the manager finds a member on a later page, gives a role and removes another, and the change is saved", async ({ page }) => {
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  // Rita is past the first server page: not shown until searched for.
  await expect(userRow(page, RITA.email)).toHaveCount(0);
  await searchMembers(page, "rita");
  await expect(userRow(page, RITA.email)).toBeVisible();

  const editor = await openRoleEditor(page, RITA.name);
  await toggleRole(editor, "Write Access");
  await toggleRole(editor, "iTwin Reader");
  await expect(editor.getByTestId("role-diff")).toContainText("+ Write Access");
  await expect(editor.getByTestId("role-diff")).toContainText("− iTwin Reader");
  await saveRoles(editor);
  await expect(editor).toBeHidden();
  await expect(page.getByText(`Roles of ${RITA.name} saved.`)).toBeVisible();

  await page.reload();
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const row = userRow(page, RITA.email);
  await expect(row).toContainText("Write Access");
  await expect(row).not.toContainText("iTwin Reader");
});

test("the server's 422 appears at the role picker and the selection is kept", async ({ page, request }) => {
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, RITA.name);
  await toggleRole(editor, "Write Access");
  await failNextMemberPatch(request, 422, SEED_PATCH_422);
  await saveRoles(editor);
  await expect(roleIdsHelper(editor)).toContainText("Collection size exceeds maximum size.");
  await expect(editor.getByTestId("server-error-banner")).toContainText("Failed to parse request body or collection is empty.");
  await expect(roleOption(editor, "Write Access")).toHaveAttribute("aria-checked", "true");
  await expect(roleOption(editor, "iTwin Reader")).toHaveAttribute("aria-checked", "true");
  // Nothing was saved: the server still has Rita's old roles.
  await editor.getByRole("button", { name: "Cancel" }).click();
  await expect(userRow(page, RITA.email)).not.toContainText("Write Access");
});

test("more than 50 roles cannot be saved, and the editor says why before sending", async ({ page, request }) => {
  await resetEmulator(request, "large");
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, RITA.name);
  await searchRoles(editor, "Custom Role");
  // The picker selects only as many as fit; ticking one more by hand goes past the limit.
  await selectShownRoles(editor);
  await expect(editor.getByRole("button", { name: /^Select shown: 50 already selected/ })).toBeDisabled();
  await tickNextUnchosenRole(editor);
  await expect(editor.getByText(/A member can be given at most 50 roles at once/)).toBeVisible();
  await expect(editor.getByRole("button", { name: "Save roles" })).toBeDisabled();
});

test("adding an external e-mail shows that the person was invited", async ({ page }) => {
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  const dialog = await addUsers(page, "new.partner@partner.example", ["iTwin Reader"]);
  const result = dialog.getByTestId("add-users-result");
  await expect(result).toContainText("Invited by e-mail");
  await expect(result).toContainText("new.partner@partner.example");
  await dialog.getByRole("button", { name: "Done" }).click();
  await openTab(page, "Invitations");
  await expect(page.getByTestId("invitation-row").filter({ hasText: "new.partner@partner.example" })).toBeVisible();
});

test("the reader sees adding and removing disabled, naming the permissions needed", async ({ page }) => {
  await signInAs(page, "reader", membersPath());
  await assertMembersPage(page);
  await expect(page.getByTestId("members-permission-notice")).toContainText("administration_invite_member");
  await expect(page.getByTestId("members-permission-notice")).toContainText("administration_remove_member");
  const add = page.getByRole("button", { name: "Add users" });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAttribute("data-needs-permission", "administration_invite_member");
  const remove = page.getByRole("button", { name: /^Remove / }).first();
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAttribute("data-needs-permission", "administration_remove_member");
});

test("the members page and the role editor pass the automated accessibility checks", async ({ page }) => {
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  await expect(userRow(page, "grace.hopkins@riverbend.example")).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await openRoleEditor(page, "Grace Hopkins");
  expect(await accessibilityViolations(page)).toEqual([]);
});
