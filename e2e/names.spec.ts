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
import { addGroupMemberAs } from "./support/resilience";
import { groupRow, groupsPath } from "./support/itwin-admin";
import { roleIdByName } from "./support/change-log";

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

test("a group name with a hidden direction override reads with the override as a visible code in the groups list, the members' groups and both confirmations; the CSV keeps the raw name", async ({
  page,
  request,
}) => {
  const readerId = await roleIdByName(request, DEFAULT_ITWIN_ID, "iTwin Reader");
  await addGroupMemberAs(request, DEFAULT_ITWIN_ID, SPOOF, "Looks like a text file", [readerId]);
  await signInAs(page, "manager", groupsPath());
  const row = groupRow(page, "txt.exe");
  const name = shownName(row, "txt.exe").first();
  await expect(name).toBeVisible();
  expect(await renderedText(name)).toBe("AdminU+202Etxt.exe");
  await expect(name).toHaveAttribute("data-hidden-characters", "U+202E");

  // Deciding to delete it: the confirmation names it the same way, the question mark where it belongs.
  await row.getByRole("button", { name: /^Delete group/ }).click();
  const confirmDelete = page.getByRole("dialog").filter({ hasText: "This cannot be undone." });
  await expect(confirmDelete.getByRole("heading")).toHaveText("Delete group AdminU+202Etxt.exe?");
  await confirmDelete.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmDelete).toBeHidden();

  // The Members page's groups and its remove confirmation, likewise.
  await page.goto(membersPath(DEFAULT_ITWIN_ID, "groups"));
  const member = page.getByRole("row").filter({ hasText: "txt.exe" });
  expect(await renderedText(shownName(member, "txt.exe").first())).toBe("AdminU+202Etxt.exe");
  await member.getByRole("button", { name: /^Remove/ }).click();
  const confirmRemove = page.getByRole("dialog", { name: "Remove group member?" });
  await expect(confirmRemove).toContainText("The group AdminU+202Etxt.exe loses its roles on this iTwin (iTwin Reader).");
  await confirmRemove.getByRole("button", { name: "Cancel" }).click();

  // The export is data: it keeps the name exactly as the server has it.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = await (await download).createReadStream();
  const text = await new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    csv.on("data", (c: Buffer) => chunks.push(c));
    csv.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
  expect(text).toContain(SPOOF);
  expect(text).not.toContain("U+202E");
});

test("a 300-character group name wraps in the groups list and in the members' groups, both tables stay inside their box, and every action stays in view", async ({
  page,
  request,
}) => {
  expect(LONG).toHaveLength(300);
  const readerId = await roleIdByName(request, DEFAULT_ITWIN_ID, "iTwin Reader");
  await addGroupMemberAs(request, DEFAULT_ITWIN_ID, LONG, "A very long name", [readerId]);
  await page.setViewportSize({ width: 1024, height: 800 });
  await signInAs(page, "manager", groupsPath());
  const row = groupRow(page, LONG.slice(0, 40));
  await expect(row).toBeVisible();
  await assertFitsItsBox(page.getByRole("table", { name: "Groups" }));
  const edit = row.getByRole("button", { name: /^Edit/ }).first();
  await edit.scrollIntoViewIfNeeded();
  await expect(edit).toBeInViewport();
  // Wrapped, not cut: every word of the name is on the page.
  expect(await renderedText(shownName(row, LONG.slice(0, 40)).first())).toBe(LONG);

  await page.goto(membersPath(DEFAULT_ITWIN_ID, "groups"));
  const member = page.getByRole("row").filter({ hasText: LONG.slice(0, 40) });
  await expect(member).toBeVisible();
  await assertFitsItsBox(page.getByRole("table", { name: "Group members" }));
  const remove = member.getByRole("button", { name: /^Remove/ });
  await remove.scrollIntoViewIfNeeded();
  await expect(remove).toBeInViewport();
});

test("a 300-character role name stays inside the effective-access view and reads in full there", async ({ page, request }) => {
  const rita = await longRoleHeldByRita(request);
  await page.setViewportSize({ width: 1024, height: 800 });
  await signInAs(page, "manager", accessPath(DEFAULT_ITWIN_ID));
  await assertAccessPage(page);
  await pickMember(page, `${rita.givenName} ${rita.surname}`);
  const held = page.getByTestId("roles-held");
  await expect(shownName(held, LONG.slice(0, 30)).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await renderedText(held)).toContain(`${LONG} (direct)`);
});

test("the Packages page names the iTwin whose roles it edits, with its id beside it", async ({ page }) => {
  await signInAs(page, "manager", packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"));
  await assertPackagesPage(page);
  const iTwin = page.getByRole("textbox", { name: "iTwin", exact: true });
  await expect(iTwin).toHaveValue("White River Bridge");
  await expect(iTwin).toHaveAccessibleDescription(`iTwin id ${DEFAULT_ITWIN_ID}`);
});
