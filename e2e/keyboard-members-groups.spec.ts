// Keyboard only on the owners, groups and invitations screens: every step by Tab, Shift+Tab, arrows,
// Enter, Space, Escape and typing (no click), a focus ring on what Tab reaches, dialogs that give focus
// back to their button, and focus that stays on the list when the row it was on goes away.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { expectFocusRing, expectFocusWithin, focusedName, tabTo } from "./support/a11y";
import { membersPath, roleOption } from "./support/members";
import { groupEditor, groupRow, groupsPath, imsGroupsBox, membersBox, ownerRow, seededEmails } from "./support/itwin-admin";
import { accessPath, permissionRow } from "./support/access";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the project manager adds an owner and removes one by keyboard; focus stays on the owners list", async ({ page, request }) => {
  // Only owners may add owners: the organization administrator makes the project manager one first.
  await emulator(request).actAsOk(
    "admin",
    memberOperations.addOwner,
    { iTwinId: DEFAULT_ITWIN_ID },
    { body: { email: demoUser("manager").email } },
  );
  const rita = demoUser("reader");
  await signInAs(page, "manager", membersPath(DEFAULT_ITWIN_ID, "owners"));
  await expect(page.getByTestId("owners-total")).toContainText("2 owners");

  // Add: type the address, Enter submits; the field is emptied for the next one and keeps the cursor.
  const email = page.getByLabel("E-mail of the new owner");
  await tabTo(page, email);
  await expectFocusRing(page);
  await page.keyboard.type(rita.email);
  await page.keyboard.press("Enter");
  await expect(ownerRow(page, rita.email)).toBeVisible();
  await expect(page.getByTestId("owners-total")).toContainText("3 owners");
  await expect(email).toBeFocused();
  await expect(email).toHaveValue("");

  // Remove: the confirmation opens on Cancel; Escape gives focus back to the row's button.
  const removeRita = page.getByRole("button", { name: `Remove ${rita.email} as owner` });
  await tabTo(page, removeRita);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: "Remove owner?" });
  await expect(confirm).toContainText("full control");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(removeRita).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole("button", { name: "Remove owner" }));
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(ownerRow(page, rita.email)).toHaveCount(0);
  // The row is gone: focus moves to the same action of the owner now in its place, not to the page.
  await expect.poll(() => focusedName(page)).toMatch(/^Remove .+ as owner$/);
  await expectFocusRing(page);
});

test("an administrator creates a group, sets its members and IMS group, gives it a role a member then holds via the group, and deletes it — all by keyboard", async ({
  page,
}) => {
  const members = seededEmails(3, 40);
  await signInAs(page, "admin", groupsPath());
  await expect(groupRow(page, "Site Engineers")).toBeVisible();

  // Create: the dialog keeps focus inside; a new group stays open for its members.
  const create = page.getByRole("button", { name: "Create group" });
  await tabTo(page, create);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  const creating = groupEditor(page);
  await expectFocusWithin(creating, "the create-group dialog");
  await tabTo(page, creating.getByLabel("Name"));
  await page.keyboard.type("Night Shift");
  await page.keyboard.press("Tab");
  await expect(creating.getByLabel("Description")).toBeFocused();
  await page.keyboard.type("Works after hours");
  await tabTo(page, creating.getByRole("button", { name: "Create group" }));
  await page.keyboard.press("Enter");
  const editor = groupEditor(page, "Night Shift");
  await expect(editor).toBeVisible();
  // What comes next is its members: the cursor is already there.
  await expect(membersBox(editor)).toBeFocused();
  await expectFocusRing(page);

  // Members one a line (Enter in the box is a new line, not Save), an IMS group, then Save.
  await page.keyboard.type(members.join("\n"));
  await expect(editor.getByTestId("members-helper")).toContainText("3 of at most 50");
  await tabTo(page, imsGroupsBox(editor));
  await page.keyboard.type("Riverbend Night Crew");
  await tabTo(page, editor.getByRole("button", { name: "Save group" }));
  await page.keyboard.press("Enter");
  await expect(editor).toBeHidden();
  await expect(groupRow(page, "Night Shift")).toContainText("3");
  await expect(create).toBeFocused();

  // Give the group a role on the iTwin (Members → Groups → Add groups).
  await page.goto(membersPath(DEFAULT_ITWIN_ID, "groups"));
  const addGroups = page.getByRole("button", { name: "Add groups" });
  await tabTo(page, addGroups);
  await page.keyboard.press("Enter");
  const add = page.getByRole("dialog", { name: "Add groups" });
  await expectFocusWithin(add, "the add-groups dialog");
  const groupsField = add.getByRole("combobox", { name: "Groups" });
  await tabTo(page, groupsField);
  await page.keyboard.type("Night");
  const option = page.getByRole("option", { name: /Night Shift/ });
  await expect(option).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(groupsField).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(add.getByRole("button", { name: "Night Shift" })).toBeVisible(); // the chosen group's chip
  await page.keyboard.press("Escape"); // closes the list of groups, not the dialog
  await expect(add).toBeVisible();
  await tabTo(page, add.getByLabel("Search roles"));
  await page.keyboard.type("Surveyor");
  await tabTo(page, roleOption(add, "Surveyor"));
  await expectFocusRing(page);
  await page.keyboard.press("Space");
  await expect(roleOption(add, "Surveyor")).toHaveAttribute("aria-checked", "true");
  await tabTo(page, add.getByRole("button", { name: "Add", exact: true }));
  await page.keyboard.press("Enter");
  await expect(add).toBeHidden();
  await expect(groupRow(page, "Night Shift")).toContainText("Surveyor");
  await expect(addGroups).toBeFocused();

  // A member of the group now holds the role's permissions through it (Access insight, by keyboard too).
  await page.goto(accessPath());
  const member = page.getByRole("combobox", { name: "Member" });
  await tabTo(page, member);
  await page.keyboard.type(members[0]!);
  const person = page.getByRole("option", { name: new RegExp(members[0]!.replace(/[.+]/g, "\\$&")) }).first();
  await expect(person).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(member).toHaveAttribute("aria-activedescendant", (await person.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  const viaGroup = permissionRow(page, "reality_manage");
  await expect(viaGroup).toContainText("Via group");
  await expect(viaGroup).toContainText("Night Shift");

  // Delete it from the Groups page: the confirmation says what access goes, opens on Cancel; once the
  // row is gone, focus is on the next group's action, not on the page.
  await page.goto(groupsPath());
  const remove = page.getByRole("button", { name: "Delete group Night Shift" });
  await tabTo(page, remove, 80);
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: "Delete group Night Shift?" });
  await expect(confirm.getByTestId("delete-group-impact")).toContainText("Surveyor");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(remove).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, confirm.getByRole("button", { name: "Delete group" }));
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(groupRow(page, "Night Shift")).toHaveCount(0);
  await expect.poll(() => focusedName(page)).toMatch(/^(Edit|Delete) group /);
  await expectFocusRing(page);
});

test("the project manager cancels invitations one and then all at once by keyboard; focus stays on the invitations list", async ({
  page,
}) => {
  await signInAs(page, "manager", membersPath(DEFAULT_ITWIN_ID, "invitations"));
  const rows = page.getByTestId("invitation-row");
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  expect(before).toBeGreaterThanOrEqual(2);

  // Cancel one from its row: Escape first gives focus back to the row's button.
  const first = page.getByRole("button", { name: /^Cancel the invitation of / }).first();
  const email = ((await first.getAttribute("aria-label")) ?? "").replace("Cancel the invitation of ", "");
  await tabTo(page, first);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  const single = page.getByRole("dialog", { name: "Cancel invitation?" });
  await expect(single).toContainText(email);
  await expect(single.getByRole("button", { name: "Cancel", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(single).toBeHidden();
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, single.getByRole("button", { name: "Cancel invitation" }));
  await page.keyboard.press("Enter");
  await expect(single).toBeHidden();
  await expect(rows).toHaveCount(before - 1);
  await expect(rows.filter({ hasText: email })).toHaveCount(0);
  // The row is gone: focus is on the row now in its place.
  await expect.poll(() => focusedName(page)).toMatch(/^(Select|Cancel) the invitation of /);
  await expectFocusRing(page);

  // Tick one with Space, "Select all" with Enter, then cancel them all from the toolbar.
  const boxes = page.getByRole("checkbox", { name: /^Select the invitation of / });
  await tabTo(page, boxes.first(), 60, "Shift+Tab");
  await page.keyboard.press("Space");
  await expect(boxes.first()).toBeChecked();
  if (before > 2) {
    await tabTo(page, page.getByRole("button", { name: "Select all" }), 60, "Shift+Tab");
    await page.keyboard.press("Enter");
  }
  for (const box of await boxes.all()) await expect(box).toBeChecked();
  const cancelSelected = page.getByRole("button", { name: `Cancel selected (${before - 1})` });
  await tabTo(page, cancelSelected, 60, "Shift+Tab");
  await page.keyboard.press("Enter");
  const bulk = page.getByRole("dialog", { name: new RegExp(`^Cancel ${before - 1} invitations?\\?$`) });
  await expect(bulk.getByRole("button", { name: "Cancel", exact: true })).toBeFocused();
  await tabTo(page, bulk.getByRole("button", { name: "Cancel invitations" }));
  await page.keyboard.press("Enter");
  await expect(bulk).toBeHidden();
  await expect(page.getByText("No pending invitations.")).toBeVisible();
  // The list and its toolbar are gone: focus is on what took their place, not on the page.
  await expect.poll(() => focusedName(page)).toContain("No pending invitations.");
});
