// Every change since sign-in is in the change log — here a created role and a removed member —
// and undoing the removal adds the member back with the roles they had, which a reload confirms.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { searchMembers, userRow } from "./support/members";
import { fillRoleForm, openCreateRole, rolesPath, submitRoleForm } from "./support/roles";
import { openChanges, openSection, undoChange } from "./support/resilience";
import { changeEntry, memberRoleNames, memberRoles, roleIdByName, setMemberRoles } from "./support/change-log";

const RITA = demoUser("reader");
const RITA_NAME = "Rita Reader";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("a created role and a removed member are logged; undoing the removal gives the member back with their roles", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));

  // 1. Create a role in the console.
  const form = await openCreateRole(page);
  await fillRoleForm(form, { name: "Drone Pilot", description: "Field survey work" });
  await submitRoleForm(form);
  await expect(form).toBeHidden();

  // Rita holds the new role as well as her own (set up on the server, not through the UI).
  const pilotId = await roleIdByName(request, DEFAULT_ITWIN_ID, "Drone Pilot");
  const ritaRoles = await memberRoles(request, DEFAULT_ITWIN_ID, RITA.id);
  expect(ritaRoles).not.toBeNull();
  await setMemberRoles(request, DEFAULT_ITWIN_ID, RITA.id, [...ritaRoles!.map((r) => r.id), pilotId]);
  const expectedRoles = [...ritaRoles!.map((r) => r.displayName), "Drone Pilot"].sort();

  // 2. Remove Rita (moving inside the app: the change log lives in memory).
  await openSection(page, "Members");
  await searchMembers(page, "rita");
  await expect(userRow(page, RITA.email)).toContainText("Drone Pilot");
  await page.getByRole("button", { name: `Remove ${RITA_NAME}` }).click();
  const confirm = page.getByRole("dialog", { name: "Remove member?" });
  await confirm.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(userRow(page, RITA.email)).toHaveCount(0);
  expect(await memberRoleNames(request, DEFAULT_ITWIN_ID, RITA.id)).toBeNull();

  // 3. Both changes are in the log, as saved, with what and on what.
  const panel = await openChanges(page);
  await expect(changeEntry(panel, "Created role “Drone Pilot”")).toHaveAttribute("data-status", "saved");
  await expect(changeEntry(panel, "Created role “Drone Pilot”")).toContainText("Role Drone Pilot");
  const removal = changeEntry(panel, `Removed ${RITA_NAME} from the iTwin`);
  await expect(removal).toHaveAttribute("data-status", "saved");
  await expect(removal).toContainText(`User member ${RITA_NAME}`);

  // 4. Undo the removal: a new entry with its own result; the original shows it was undone.
  await undoChange(page, panel, `User member ${RITA_NAME}`);
  const undo = changeEntry(panel, `Undo: add ${RITA_NAME} (${RITA.email}) back`);
  await expect(undo).toHaveAttribute("data-status", "saved");
  await expect(removal).toContainText("Saved, then undone");

  // 5. After a reload Rita is a member again with every role she had.
  await page.reload();
  await expect(page.getByTestId("users-total")).toContainText("member");
  await searchMembers(page, "rita");
  const row = userRow(page, RITA.email);
  for (const role of expectedRoles) await expect(row).toContainText(role);
  expect(await memberRoleNames(request, DEFAULT_ITWIN_ID, RITA.id)).toEqual(expectedRoles);
});
