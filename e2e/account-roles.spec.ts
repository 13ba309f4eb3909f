// Account roles are defined on the organization's Account iTwin and can be given on every iTwin of it:
// the roles matrix shows them as marked, read-only columns, and a member can be given one.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { READ_PERMISSIONS } from "../emulator/data/permission-catalogue";
import { ACCOUNT_ROLE, accountRoleId } from "../emulator/data/seed-account";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { openSection } from "./support/resilience";
import { assertMatrixShown, filterMatrix, matrixCell, permissionMatrix, rolesPath } from "./support/roles";
import { assertMembersPage, openRoleEditor, saveRoles, searchMembers, toggleRole, userRow } from "./support/members";

const ACCOUNT_READER = { id: accountRoleId(ACCOUNT_ROLE.reader), name: "Account Reader" };
const RITA = demoUser("reader");

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("an account role is a marked, read-only column of the roles matrix and is given to a member", async ({ page, request }) => {
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  // The account's roles follow the iTwin's own: narrow the matrix to the one looked at.
  await filterMatrix(page, ACCOUNT_READER.name);
  const column = permissionMatrix(page).getByTestId(`role-column-${ACCOUNT_READER.id}`);
  await expect(column).toContainText(ACCOUNT_READER.name);
  await expect(column).toContainText("Account role");

  // Its cells show what it grants here, and cannot be changed from this iTwin.
  // A permission of the first service group, so its row is on screen.
  const permission = READ_PERMISSIONS.find((p) => p.startsWith("administration_"))!;
  const cell = matrixCell(page, ACCOUNT_READER.name, permission);
  await expect(cell).toHaveAttribute("aria-checked", "true");
  await expect(cell).toHaveAttribute("aria-readonly", "true");
  await cell.click();
  await expect(cell).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("pending-count")).toHaveCount(0);

  await openSection(page, "Members");
  await assertMembersPage(page);
  await searchMembers(page, "rita");
  const editor = await openRoleEditor(page, `${RITA.givenName} ${RITA.surname}`);
  await toggleRole(editor, ACCOUNT_READER.name);
  await saveRoles(editor);
  await expect(editor).toBeHidden();
  await expect(userRow(page, RITA.email)).toContainText(ACCOUNT_READER.name);

  const { member } = await emulator(request).actAsOk("admin", memberOperations.getUserMember, {
    iTwinId: DEFAULT_ITWIN_ID,
    memberId: RITA.id,
  });
  expect(member.roles.map((r) => r.id)).toContain(ACCOUNT_READER.id);
});
