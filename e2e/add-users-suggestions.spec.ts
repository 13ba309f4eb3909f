// Adding people without knowing their exact address: "Add users" suggests colleagues of the organization
// as part of a name or address is typed, and the pick is added as a member.
import { expect, test } from "@playwright/test";
import { userOperations } from "../src/api/operations/users";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { assertMembersPage, membersPath, toggleRole, userRow, searchMembers } from "./support/members";
import { userMembersOnServer } from "./support/paging";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the manager types part of a colleague's address, picks the suggestion and adds them as a member", async ({ page, request }) => {
  // A colleague of the organization who is not a member yet.
  const controls = emulator(request);
  const { users } = await controls.actAsOk("manager", userOperations.searchUsers, {}, { query: { $search: "riverbend" } });
  const memberIds = new Set((await userMembersOnServer(request)).map((m) => m.id));
  const newcomer = users.find((u) => u.email && u.givenName && u.surname && !memberIds.has(u.id));
  expect(newcomer, "a colleague who is not a member yet").toBeDefined();
  const email = newcomer!.email!;
  const name = `${newcomer!.givenName} ${newcomer!.surname}`;

  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  await page.getByRole("button", { name: "Add users" }).click();
  const dialog = page.getByRole("dialog", { name: "Add users" });
  const box = dialog.getByLabel("E-mail addresses");
  await box.pressSequentially(email.split("@")[0]!);
  await dialog.getByRole("button", { name: `Add ${name} (${email})` }).click();
  await expect(box).toHaveValue(`${email}, `);
  await toggleRole(dialog, "iTwin Reader");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(dialog.getByTestId("add-users-result")).toContainText(name);
  await dialog.getByRole("button", { name: "Done" }).click();

  await searchMembers(page, newcomer!.surname!);
  await expect(userRow(page, email)).toContainText("iTwin Reader");
});
