// Keyboard only on the owners, groups, invitations, privileged, all-packages and organization pages:
// every step by Tab, Shift+Tab, arrows, Enter, Space, Escape and typing (no click), a focus ring on
// what Tab reaches, dialogs that give focus back to their button, and focus that stays on the list
// when the row it was on goes away.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { expectFocusRing, expectFocusWithin, focusedName, pressUntilFocused, tabTo } from "./support/a11y";
import { membersPath, roleOption } from "./support/members";
import {
  groupEditor,
  groupRow,
  groupsPath,
  imsGroupsBox,
  membersBox,
  overviewRows,
  overviewTable,
  ownerRow,
  packagesOverviewPath,
  privilegedPath,
  privilegedRow,
  runnerRow,
  seededEmails,
  seededGroup,
} from "./support/itwin-admin";
import { accessPath, permissionRow } from "./support/access";
import { crawlStatus, ORG_SMALL_ITWINS, THREE_ROUTE_PERSON, waitForCompleteIndex } from "./support/organization";

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

test("the Privileged view is searched and narrowed to one permission by keyboard", async ({ page }) => {
  await signInAs(page, "manager", privilegedPath());
  await expect(page.getByTestId("privileged-counts")).toBeVisible();
  const shown = page.getByText(/^\d+ of \d+ shown$/);
  const total = Number(/of (\d+) shown/.exec((await shown.textContent()) ?? "")![1]);

  await tabTo(page, page.getByLabel("Search people"));
  await expectFocusRing(page);
  const someone = (await page.getByTestId("privileged-row").first().getByRole("cell").first().innerText()).split("\n")[0]!;
  await page.keyboard.type(someone);
  await expect(privilegedRow(page, someone)).not.toHaveCount(0);
  await expect(shown).not.toHaveText(`${total} of ${total} shown`);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await expect(shown).toHaveText(`${total} of ${total} shown`);

  // The permission choice opens with the keyboard, moves with the arrows, closes on Enter, and hands focus back.
  const permission = page.getByRole("combobox", { name: "Permission" });
  await tabTo(page, permission);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  const option = page.getByRole("option", { name: "administration_manage_roles", exact: true });
  await expect(option).toBeVisible();
  await pressUntilFocused(page, "ArrowDown", option);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(permission).toBeFocused();
  await expect(permission).toHaveText("administration_manage_roles");
  await expect(privilegedRow(page, "administration_manage_roles")).not.toHaveCount(0);
  for (const row of await page.getByTestId("privileged-row").all())
    await expect(row).toContainText(/administration_manage_roles|all \(owner\)/);
  // Escape closes the list without choosing.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(permission).toBeFocused();
  await expect(permission).toHaveText("administration_manage_roles");
});

test("the all-packages view is filtered, switched to the picture and back, and asked who can run a package — by keyboard", async ({
  page,
}) => {
  const operators = seededGroup("Integration Operators");
  await signInAs(page, "manager", packagesOverviewPath());
  const table = overviewTable(page);
  await expect(table).toBeVisible();
  const all = await overviewRows(page).count();

  await tabTo(page, page.getByLabel("Filter roles"));
  await expectFocusRing(page);
  await page.keyboard.type("no role is called this");
  await expect(page.getByTestId("overview-empty")).toBeVisible();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await expect(overviewRows(page)).toHaveCount(all);

  // Empty roles shown with Space on the checkbox.
  const showEmpty = page.getByRole("checkbox", { name: "Show roles holding no package role" });
  await tabTo(page, showEmpty);
  await expectFocusRing(page);
  await page.keyboard.press("Space");
  await expect(showEmpty).toBeChecked();
  await expect.poll(() => overviewRows(page).count()).toBeGreaterThan(all);
  await page.keyboard.press("Space");
  await expect(overviewRows(page)).toHaveCount(all);

  // A group of rows folds and unfolds with Enter.
  const heading = (await table.getByRole("button", { expanded: true }).first().textContent())!.replace(/^\S+ /, "");
  const fold = table.getByRole("button", { name: new RegExp(`${heading.replace(/[()]/g, "\\$&")}$`) });
  await tabTo(page, fold);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect.poll(() => overviewRows(page).count()).toBeLessThan(all);
  await page.keyboard.press("Enter");
  await expect(overviewRows(page)).toHaveCount(all);

  // The picture, and its scrollable frame reachable by Tab; then back to the table.
  const picture = page.getByRole("button", { name: "Picture" });
  await tabTo(page, picture, 60, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(picture).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("img", { name: /iTwin roles against \d+ integration packages/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export SVG" })).toBeEnabled();
  await tabTo(page, page.getByLabel("All-packages picture, scrollable"));
  await expectFocusRing(page);
  const tableButton = page.getByRole("button", { name: "Table" });
  await tabTo(page, tableButton, 60, "Shift+Tab");
  await page.keyboard.press("Space");
  await expect(table).toBeVisible();

  // Who can run: the package choice by arrows and Enter.
  const pkg = page.getByRole("combobox", { name: "Package", exact: true });
  await tabTo(page, pkg, 80);
  await expectFocusRing(page);
  await page.keyboard.press("ArrowDown");
  const option = page.getByRole("option", { name: "Sql Customers" });
  await pressUntilFocused(page, "ArrowDown", option);
  await page.keyboard.press("Enter");
  await expect(pkg).toBeFocused();
  await expect(pkg).toHaveText("Sql Customers");
  await expect(runnerRow(page, operators.people[0]!.email)).toContainText("Via group: Group Integration Operators");
});

test.describe("the organization page", () => {
  test("crawl controls, people search and the iTwins table work by keyboard, and focus follows the crawl's buttons", async ({
    page,
    request,
  }) => {
    await resetEmulator(request, "org-small");
    await signInAs(page, "admin", "/organization");
    await waitForCompleteIndex(page);

    // A slow budget, so the crawl can be paused while it runs (the field takes its value on leaving it).
    const budget = page.getByLabel("Requests per minute");
    await tabTo(page, budget);
    await expectFocusRing(page);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("20");
    await page.keyboard.press("Shift+Tab");

    // Refresh all → the crawl runs and Pause takes the button's place; Pause ⇄ Resume keep focus.
    const refresh = page.getByRole("button", { name: "Refresh all" });
    await tabTo(page, refresh, 20, "Shift+Tab");
    await page.keyboard.press("Enter");
    const pause = page.getByRole("button", { name: "Pause" });
    const resume = page.getByRole("button", { name: "Resume" });
    await expect(pause).toBeFocused();
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(crawlStatus(page)).toContainText("paused");
    await expect(resume).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(pause).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: "Cancel" }));
    await page.keyboard.press("Enter");
    await expect(crawlStatus(page)).toContainText("cancelled");
    await expect.poll(() => focusedName(page)).toMatch(/^(Resume|Refresh all)$/);

    // Back to a quick budget, resume to a complete index.
    await tabTo(page, budget);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("6000");
    await tabTo(page, resume, 20, "Shift+Tab");
    await page.keyboard.press("Enter");
    await waitForCompleteIndex(page);

    // People: type, Tab to the match, Enter; the cursor is back in the search for the next person.
    const search = page.getByLabel("Find a person by name or e-mail");
    const name = `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`;
    await tabTo(page, search);
    await page.keyboard.type("threeways");
    const match = page.getByRole("list", { name: /matches/ }).getByRole("button", { name: new RegExp(name) });
    await tabTo(page, match);
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("table", { name: `Access of ${name}` })).toBeVisible();
    await expect(search).toBeFocused();
    await expect(search).toHaveValue("");
    // "Same access as…" gives way to its answer: focus stays in the person's section.
    const sameAccess = page.getByRole("button", { name: "Same access as…" });
    await tabTo(page, sameAccess);
    await page.keyboard.press("Enter");
    await expect(sameAccess).toBeHidden();
    await expectFocusWithin(page.getByRole("region", { name: `Access of ${name}` }), "the person's section");

    // The views are one tab stop: arrows move between them, Enter opens one.
    await tabTo(page, page.getByRole("tab", { name: "People" }), 60, "Shift+Tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "iTwins" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tab", { name: "iTwins" })).toHaveAttribute("aria-selected", "true");

    // iTwins: filter, sort by a column with Enter (twice turns it around), refresh one row.
    const count = page.getByTestId("itwins-count");
    await tabTo(page, page.getByLabel("Filter iTwins (name, number, flag)"));
    await page.keyboard.type("no iTwin is called this");
    await expect(count).toHaveText(`0 of ${ORG_SMALL_ITWINS} iTwins`);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await expect(count).toHaveText(`${ORG_SMALL_ITWINS} of ${ORG_SMALL_ITWINS} iTwins`);
    const itwins = page.getByRole("table", { name: "iTwins of the organization" });
    const members = itwins.getByRole("button", { name: "Members" });
    await tabTo(page, members);
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(itwins.getByRole("columnheader", { name: "Members" })).toHaveAttribute("aria-sort", "ascending");
    await page.keyboard.press("Enter");
    await expect(itwins.getByRole("columnheader", { name: "Members" })).toHaveAttribute("aria-sort", "descending");
    await expect(members).toBeFocused();
    const refreshOne = itwins.getByRole("button", { name: /^Refresh / }).first();
    await tabTo(page, refreshOne);
    await expectFocusRing(page);
    await page.keyboard.press("Enter");
    await expect(crawlStatus(page)).toContainText(`${ORG_SMALL_ITWINS} of ${ORG_SMALL_ITWINS} iTwins indexed`);
  });
});
