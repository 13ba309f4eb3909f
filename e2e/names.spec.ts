// A role name with a right-to-left override ("Admin\u202Etxt.exe" would show as "Adminexe.txt") is
// shown with the hidden character visible and flagged, isolated from the text around it: in the matrix
// header and in a member's effective access. What the server holds is unchanged.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { createRoleAs, filterMatrix, assertMatrixShown, rolesPath, roleOnServer } from "./support/roles";
import { memberRoles, setMemberRoles } from "./support/change-log";
import { accessPath, assertAccessPage, pickMember, seededMembers } from "./support/access";
import { renderedText, shownName } from "./support/names";

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
