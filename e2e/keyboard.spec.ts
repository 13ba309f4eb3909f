// Administrators who work by keyboard only: every step of a real task without a mouse (Tab, arrows,
// Enter, Space and typing — no click), dialogs that keep focus inside and give it back, and a focus
// ring that can be seen in both themes.
import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { focusIndicator, pressUntilFocused, tabTo, THEMES } from "./support/a11y";
import { resetEmulator } from "./support/emulator";
import { assertCell, assertMatrixShown, matrixCell, rolesPath } from "./support/roles";
import { assertMembersPage, openRoleEditor, roleOption, searchMembers, userRow } from "./support/members";
import { signInAs } from "./support/auth";
import { assertPackagesPage, assignmentCheckbox, packagesPath } from "./support/packages";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

async function signInByKeyboard(page: Page, who: "admin" | "manager") {
  const user = demoUser(who);
  await page.goto("/");
  await expect(page.getByLabel("Email")).toBeFocused(); // the sign-in page puts the cursor in the first field
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  const allow = page.getByRole("button", { name: "Allow" });
  const shell = page.getByTestId("user-menu-button");
  await expect(allow.or(shell)).toBeVisible();
  if (await allow.isVisible()) {
    await tabTo(page, allow);
    await page.keyboard.press("Enter");
  }
  await expect(shell).toBeVisible();
}

test("sign in, pick an iTwin, grant a permission in the matrix, save, then give a member a role — all without a mouse", async ({
  page,
}) => {
  await signInByKeyboard(page, "manager");

  // Pick the iTwin in the app bar's picker.
  const picker = page.getByRole("combobox", { name: "iTwin" });
  await tabTo(page, picker);
  await page.keyboard.press("Control+A"); // replace the iTwin the start page opened
  await page.keyboard.type("White River");
  const option = page.getByRole("option", { name: /White River Bridge/ }).first();
  await expect(option).toBeVisible();
  // Down the list until White River Bridge is the highlighted option (the list may still show earlier results first).
  for (let i = 0; i < 10 && (await picker.getAttribute("aria-activedescendant")) !== (await option.getAttribute("id")); i++)
    await page.keyboard.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${rolesPath(DEFAULT_ITWIN_ID)}$`));
  await assertMatrixShown(page);
  await expect(page).toHaveTitle("Roles · White River Bridge · iTwin Access Console");

  // Narrow the matrix, walk into it with Tab, move with the arrows, toggle with Space.
  await tabTo(page, page.getByLabel("Filter roles or permissions"));
  await page.keyboard.type("storage_upload");
  await expect(matrixCell(page, "iTwin Reader", "storage_upload")).toBeVisible();
  await tabTo(page, page.getByRole("grid", { name: "Permissions of each role" }));
  await page.keyboard.press("Control+Home"); // the first cell, wherever the tab stop was
  await pressUntilFocused(page, "ArrowDown", page.getByRole("checkbox", { name: /: storage_upload$/ }).first()); // down to the permission's row
  await page.keyboard.press("Home"); // the row header…
  await pressUntilFocused(page, "ArrowRight", matrixCell(page, "iTwin Reader", "storage_upload")); // …then right to the role's cell
  await page.keyboard.press("Space");
  await assertCell(page, "iTwin Reader", "storage_upload", true);

  // Review and save from the keyboard.
  await tabTo(page, page.getByRole("button", { name: "Review and save" }));
  await page.keyboard.press("Enter");
  const review = page.getByRole("dialog", { name: /^Review 1 change/ });
  await expect(review).toBeVisible();
  await tabTo(page, review.getByRole("button", { name: "Save 1 role" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Save results" })).toContainText("1 saved.");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  // To the Members section: the section tabs are one tab stop; arrows move between them.
  await tabTo(page, page.getByRole("tab", { name: "Roles" }), 80, "Shift+Tab");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Members" })).toBeFocused();
  await page.keyboard.press("Enter");
  await assertMembersPage(page);
  await expect(page).toHaveTitle("Members · White River Bridge · iTwin Access Console");

  // Find Rita, open her role editor, add Write Access, save.
  await tabTo(page, page.getByLabel("Search members"));
  await page.keyboard.type("rita");
  const editButton = page.getByRole("button", { name: "Edit roles of Rita Reader" });
  await expect(editButton).toBeVisible();
  await tabTo(page, editButton);
  await page.keyboard.press("Enter");
  const editor = page.getByRole("dialog", { name: "Roles of Rita Reader" });
  await expect(editor.getByTestId("role-picker")).toBeVisible();
  await tabTo(page, editor.getByLabel("Search roles"));
  await page.keyboard.type("Write");
  await tabTo(page, roleOption(editor, "Write Access"));
  await page.keyboard.press("Space");
  await expect(roleOption(editor, "Write Access")).toHaveAttribute("aria-checked", "true");
  await expect(editor.getByTestId("role-diff")).toContainText("+ Write Access");
  await tabTo(page, editor.getByRole("button", { name: "Save roles" }));
  await page.keyboard.press("Enter");
  await expect(editor).toBeHidden();
  await expect(page.getByText("Roles of Rita Reader saved.")).toBeVisible();
  await expect(userRow(page, "rita.reader@riverbend.example")).toContainText("Write Access");

  // The saved grant is on the server, not only on screen.
  await page.goto(rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await page.getByLabel("Filter roles or permissions").fill("storage_upload");
  await assertCell(page, "iTwin Reader", "storage_upload", true);
});

test("a dialog keeps keyboard focus inside while open and gives it back to its button when closed", async ({ page }) => {
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  const compare = page.getByRole("button", { name: "Compare roles" });
  await tabTo(page, compare);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Compare roles" });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press(i % 4 === 3 ? "Shift+Tab" : "Tab");
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), `focus inside the dialog after ${i + 1} presses`).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(compare).toBeFocused();

  // The same for a member's role editor.
  await page.goto(`/itwins/${DEFAULT_ITWIN_ID}/members`);
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, "Rita Reader");
  await page.keyboard.press("Escape");
  await expect(editor).toBeHidden();
  await expect(page.getByRole("button", { name: "Edit roles of Rita Reader" })).toBeFocused();
});

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the element reached by Tab shows a focus ring (${theme})`, async ({ page }) => {
      await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
      await assertMatrixShown(page);
      const targets = [
        page.getByRole("button", { name: /Switch to (light|dark) theme/ }),
        page.getByRole("tab", { name: "Roles" }),
        page.getByRole("button", { name: "Export CSV" }),
        page.getByRole("grid", { name: "Permissions of each role" }),
        page.getByRole("button", { name: "Compare roles" }),
      ];
      const expectRing = async () => {
        const ring = await focusIndicator(page);
        expect(ring.outlineStyle, `outline on ${ring.tag}`).not.toBe("none");
        expect(parseFloat(ring.outlineWidth), `outline width on ${ring.tag}`).toBeGreaterThanOrEqual(2);
      };
      for (const target of targets) {
        await tabTo(page, target);
        await expectRing();
      }
      // A checkbox (the package editor's table).
      await page.goto(packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"));
      await assertPackagesPage(page);
      await tabTo(page, assignmentCheckbox(page, "Execute Integration Package", "iTwin Reader"), 120);
      await expectRing();
    });
  });
}
