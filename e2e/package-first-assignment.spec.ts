// A package nobody on the iTwin may run yet: Bentley answers its assignment list with 404
// AssignmentListNotFound (or, some say, an empty list). Either way the page shows "no assignments" rather
// than an error, and the first assignment is created.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { ROLE } from "../emulator/data/role-templates";
import { roleId } from "../emulator/data/seed-builder";
import type { EmulatorSettings } from "../emulator/api/control-client";
import { edfsOperations } from "../src/api/operations/edfs";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { assertPackagesPage, assertSaved, assignmentCheckbox, mappingLines, packagesPath, reviewAndSave } from "./support/packages";

const MAXIMO = { uniqueName: "MAXIMO_ASSET_REGISTER", name: "Maximo Asset Register" };
const EXECUTE = "Execute Integration Package";
const READER_ROLE_ID = roleId(1, ROLE.reader);

const assignmentsOnServer = (request: Parameters<typeof emulator>[0]) =>
  emulator(request).actAs("admin", edfsOperations.listPackageRoleAssignments, { iTwinId: DEFAULT_ITWIN_ID, uniqueName: MAXIMO.uniqueName });

const CASES: { setting: EmulatorSettings["emptyAssignments"]; answer: string; status: number }[] = [
  { setting: "not-found", answer: "404 AssignmentListNotFound", status: 404 },
  { setting: "empty-list", answer: "an empty list", status: 200 },
];

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test.afterEach(async ({ request }) => {
  await emulator(request).clearSettings();
});

for (const { setting, answer, status } of CASES) {
  test(`the first assignment is created on a package whose assignment list answers ${answer}`, async ({ page, request }) => {
    await emulator(request).setSettings({ emptyAssignments: setting });
    const before = await assignmentsOnServer(request);
    expect(before.status).toBe(status);
    if (status === 404) expect(before.body).toMatchObject({ error: { code: "AssignmentListNotFound" } });

    await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, MAXIMO.uniqueName));
    await assertPackagesPage(page);
    await expect(page.getByRole("heading", { name: MAXIMO.name })).toBeVisible();
    await expect(page.getByText("No iTwin role holds a package role of this package yet.")).toBeVisible();
    await expect(page.getByText(/AssignmentListNotFound|was not found/)).toHaveCount(0);
    await expect(mappingLines(page)).toHaveCount(0);
    await expect(assignmentCheckbox(page, EXECUTE, "iTwin Reader")).not.toBeChecked();

    await assignmentCheckbox(page, EXECUTE, "iTwin Reader").check();
    await reviewAndSave(page);
    await assertSaved(page);
    await expect(mappingLines(page, "saved")).toHaveCount(1);

    const after = await assignmentsOnServer(request);
    expect(after.status).toBe(200);
    expect((after.body as { assignments: { iTwinRoleId: string; packageRoles: { packageRoleId: string }[] }[] }).assignments).toEqual([
      expect.objectContaining({ iTwinRoleId: READER_ROLE_ID, packageRoles: [expect.objectContaining({ packageRoleName: EXECUTE })] }),
    ]);
  });
}
