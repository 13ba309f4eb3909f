// A role name with a right-to-left override ("Admin\u202Etxt.exe" would show as "Adminexe.txt") is
// shown with the hidden character visible and flagged, isolated from the text around it: in the matrix
// header and in a member's effective access. A 300-character name is cut or wrapped, never pushes a table
// wider than its box, and reads in full on hover and focus. What the server holds is unchanged.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { createRoleAs, filterMatrix, assertMatrixShown, rolesPath, roleOnServer } from "./support/roles";
import { memberRoles, setMemberRoles } from "./support/change-log";
import { accessPath, assertAccessPage, pickMember, seededMembers } from "./support/access";
import { renderedText, shownName, assertFitsItsBox, assertFullNameOnFocus } from "./support/names";
import { assertPackagesPage, assignmentCheckbox, packagesPath } from "./support/packages";
import { assertMembersPage, membersPath, searchMembers, userRow } from "./support/members";
import { demoUser } from "../emulator/demo-users";

const SPOOF = "Admin\u202Etxt.exe";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("a role name with a hidden direction override shows the override as a visible code, in the matrix and in effective access", async ({
  page,
  request,
}) => {
  const spoofId = await createRoleAs(request, DEFAULT_ITWIN_ID, SPOOF, "Looks like a text file");
  const member = seededMembers()[0]!;
  const roles = (await memberRoles(request, DEFAULT_ITWIN_ID, member.id))!;
  await setMemberRoles(request, DEFAULT_ITWIN_ID, member.id, [...roles.map((r) => r.id), spoofId]);

  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "Admin");
  const header = shownName(page, "txt.exe").first();
  await expect(header).toBeVisible();
  expect(await renderedText(header)).toBe("AdminU+202Etxt.exe");
  await expect(header).toHaveAttribute("data-hidden-characters", "U+202E");

  await page.goto(accessPath(DEFAULT_ITWIN_ID));
  await assertAccessPage(page);
  await pickMember(page, member.name);
  const held = page.getByTestId("roles-held");
  await expect(shownName(held, "txt.exe")).toBeVisible();
  // The words after the name stay where they belong: "(direct)" follows the name, unreversed.
  expect(await renderedText(held)).toContain("AdminU+202Etxt.exe (direct)");
  expect(await renderedText(held)).not.toContain("\u202E");

  // Only the display changed: the server still has the raw name.
  expect((await roleOnServer(request, DEFAULT_ITWIN_ID, spoofId)).displayName).toBe(SPOOF);
});

const LONG = `Regional Infrastructure Programme Delivery ${"and Asset Management Coordination ".repeat(8)}Lead`.slice(0, 300);

/** A role with a 300-character name, held by Rita. */
async function longRoleHeldByRita(request: APIRequestContext) {
  expect(LONG).toHaveLength(300);
  const longId = await createRoleAs(request, DEFAULT_ITWIN_ID, LONG, "A very long name");
  const rita = demoUser("reader");
  const roles = (await memberRoles(request, DEFAULT_ITWIN_ID, rita.id))!;
  await setMemberRoles(request, DEFAULT_ITWIN_ID, rita.id, [...roles.map((r) => r.id), longId]);
  return rita;
}

test("a 300-character role name is cut in the Packages table, which stays inside its box with every checkbox in view, and reads in full on focus", async ({
  page,
  request,
}) => {
  await longRoleHeldByRita(request);
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"));
  await assertPackagesPage(page);
  const table = page.getByRole("table", { name: "Package roles of each iTwin role" });
  await assertFitsItsBox(table);
  // Every role's checkbox stays in view once its row is scrolled to, the long one's too: nothing sideways.
  for (const role of [LONG, "iTwin Reader"]) {
    const box = assignmentCheckbox(page, "Execute Integration Package", role);
    await box.scrollIntoViewIfNeeded();
    await expect(box).toBeInViewport();
  }
  await assertFullNameOnFocus(page, shownName(table, LONG.slice(0, 30)).first(), LONG);
});

test("a 300-character role name held by a member is cut in the users list, which stays inside its box, and reads in full on focus", async ({
  page,
  request,
}) => {
  const rita = await longRoleHeldByRita(request);
  await signInAs(page, "manager", membersPath());
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const row = userRow(page, rita.email);
  await expect(row).toBeVisible();
  await assertFitsItsBox(page.getByRole("grid"));
  const edit = row.getByRole("button", { name: `Edit roles of ${rita.givenName} ${rita.surname}` });
  await edit.scrollIntoViewIfNeeded();
  await expect(edit).toBeInViewport();
  await assertFullNameOnFocus(page, shownName(row, LONG.slice(0, 30)).first(), LONG);
});
