// Keyboard only on the owners, groups, invitations, privileged, all-packages and organization pages:
// every step by Tab, Shift+Tab, arrows, Enter, Space, Escape and typing (no click), a focus ring on
// what Tab reaches, dialogs that give focus back to their button, and focus that stays on the list
// when the row it was on goes away.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { expectFocusRing, focusedName, tabTo } from "./support/a11y";
import { membersPath } from "./support/members";
import { ownerRow } from "./support/itwin-admin";

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
