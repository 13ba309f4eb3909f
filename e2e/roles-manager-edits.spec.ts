// The project manager edits roles in the matrix and in the role form on the real
// local stack; what the server holds afterwards is read back through the API (the emulator's act-as).
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { roleId } from "../emulator/data/seed-builder";
import { signInAs } from "./support/auth";
import { failNext, resetEmulator } from "./support/emulator";
import {
  applyToggles,
  asSet,
  assertCell,
  assertMatrixShown,
  assertPendingCount,
  assertRolesBlocked,
  closeDialog,
  createRoleButton,
  fieldHelper,
  fillRoleForm,
  filterMatrix,
  matrixCell,
  openCreateRole,
  openReview,
  permissionCatalogue,
  permissionMatrix,
  reviewedPermissions,
  roleFormField,
  roleOnServer,
  rolesOnServer,
  rolesPath,
  saveResultOf,
  saveReviewed,
  setRolePermissionsAs,
  submitRoleForm,
  toggleCell,
  unsavedChangesBar,
} from "./support/roles";

const READ_ACCESS = { id: roleId(1, 3), name: "Read Access" };
const WRITE_ACCESS = { id: roleId(1, 4), name: "Write Access" };

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the project manager toggles three cells in two roles, reviews, saves, and the matrix and the server hold exactly that", async ({
  page,
  request,
}) => {
  const before = await rolesOnServer(request, DEFAULT_ITWIN_ID);
  const original = new Map(before.map((r) => [r.id, asSet(r.permissions)]));
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "storage");

  // Write Access: storage_delete granted, storage_upload revoked. Read Access: storage_upload granted.
  await assertCell(page, WRITE_ACCESS.name, "storage_delete", false);
  await assertCell(page, WRITE_ACCESS.name, "storage_upload", true);
  await assertCell(page, READ_ACCESS.name, "storage_upload", false);
  await toggleCell(page, WRITE_ACCESS.name, "storage_delete");
  await toggleCell(page, WRITE_ACCESS.name, "storage_upload");
  await toggleCell(page, READ_ACCESS.name, "storage_upload");
  await assertPendingCount(page, "3 unsaved changes in 2 roles");

  const review = await openReview(page);
  expect(await reviewedPermissions(review, WRITE_ACCESS.name)).toEqual({ add: ["storage_delete"], remove: ["storage_upload"] });
  expect(await reviewedPermissions(review, READ_ACCESS.name)).toEqual({ add: ["storage_upload"], remove: [] });
  const results = await saveReviewed(review);
  await expect(results).toContainText("2 saved.");
  await closeDialog(page);
  await expect(unsavedChangesBar(page)).toBeHidden();

  // The server: the two roles hold their old list ± the toggled permissions; no other role changed.
  const expected = new Map(original);
  expected.set(WRITE_ACCESS.id, applyToggles(original.get(WRITE_ACCESS.id), ["storage_delete"], ["storage_upload"]));
  expected.set(READ_ACCESS.id, applyToggles(original.get(READ_ACCESS.id), ["storage_upload"]));
  expect(asSet((await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id)).permissions)).toEqual(expected.get(WRITE_ACCESS.id));
  expect(asSet((await roleOnServer(request, DEFAULT_ITWIN_ID, READ_ACCESS.id)).permissions)).toEqual(expected.get(READ_ACCESS.id));
  const after = await rolesOnServer(request, DEFAULT_ITWIN_ID);
  expect(new Map(after.map((r) => [r.id, asSet(r.permissions)]))).toEqual(expected);

  // After a reload the matrix shows exactly the saved state, cell by cell, for both roles.
  await page.reload();
  await assertMatrixShown(page);
  await filterMatrix(page, "storage");
  const storagePermissions = (await permissionCatalogue(request)).filter((p) => p.startsWith("storage"));
  expect(storagePermissions.length).toBeGreaterThan(2);
  for (const role of [WRITE_ACCESS, READ_ACCESS]) {
    for (const permission of storagePermissions) await assertCell(page, role.name, permission, expected.get(role.id)!.includes(permission));
  }
});

test("a 422 from the server appears under the field it names, and the typed values are kept", async ({ page, request }) => {
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  const rolesBefore = (await rolesOnServer(request, DEFAULT_ITWIN_ID)).length;

  // A name that already exists: the emulator answers 422 with a detail targeting displayName.
  const form = await openCreateRole(page);
  await fillRoleForm(form, { name: "Write Access", description: "A second role with a taken name" });
  await submitRoleForm(form);
  await expect(fieldHelper(form, "displayName")).toHaveText("A role with the same display name already exists.");
  await expect(roleFormField(form, "Name")).toHaveAttribute("aria-invalid", "true");
  await expect(roleFormField(form, "Name")).toHaveAttribute("aria-describedby", "displayName-helper");
  await expect(roleFormField(form, "Name")).toHaveValue("Write Access");
  await expect(roleFormField(form, "Description")).toHaveValue("A second role with a taken name");

  // A 422 naming the description lands under the description, not in a banner.
  await fillRoleForm(form, { name: "Bridge Inspector" });
  await failNext(request, {
    method: "POST",
    path: "/roles$",
    status: 422,
    body: {
      error: {
        code: "InvalidiTwinsRoleRequest",
        message: "Cannot create/update Role.",
        details: [{ code: "MissingRequiredProperty", message: "Required property is missing.", target: "description" }],
      },
    },
  });
  await submitRoleForm(form);
  await expect(fieldHelper(form, "description")).toHaveText("Required property is missing.");
  await expect(roleFormField(form, "Description")).toHaveAttribute("aria-invalid", "true");
  await expect(roleFormField(form, "Name")).toHaveValue("Bridge Inspector");
  await expect(roleFormField(form, "Description")).toHaveValue("A second role with a taken name");
  await expect(form).toBeVisible();
  // Nothing was created by either attempt.
  expect((await rolesOnServer(request, DEFAULT_ITWIN_ID)).length).toBe(rolesBefore);
});

test("the read-only member sees no way to edit roles and is told why", async ({ page }) => {
  await signInAs(page, "reader", rolesPath(DEFAULT_ITWIN_ID));
  // The reason first (so the absences below are not just a page still loading).
  await assertRolesBlocked(page);
  await expect(createRoleButton(page)).toHaveCount(0);
  await expect(permissionMatrix(page).getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(unsavedChangesBar(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Review and save" })).toHaveCount(0);
});

test("a role changed meanwhile by another administrator is reported at save time, not overwritten, and the edit stays pending", async ({
  page,
  request,
}) => {
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "storage");
  await toggleCell(page, READ_ACCESS.name, "storage_upload");
  await assertPendingCount(page, "1 unsaved change in 1 role");

  // Meanwhile the organization administrator grants issues_view to the same role.
  const original = await roleOnServer(request, DEFAULT_ITWIN_ID, READ_ACCESS.id);
  const theirs = applyToggles(original.permissions, ["issues_view"]);
  await setRolePermissionsAs(request, "admin", DEFAULT_ITWIN_ID, READ_ACCESS.id, theirs);

  const review = await openReview(page);
  expect(await reviewedPermissions(review, READ_ACCESS.name)).toEqual({ add: ["storage_upload"], remove: [] });
  const results = await saveReviewed(review);
  await expect(results).toContainText("0 saved, 1 changed on the server.");
  const outcome = saveResultOf(results, READ_ACCESS.name);
  await expect(outcome).toContainText("Changed on the server");
  await expect(outcome).toContainText("Added there:");
  await expect(outcome).toContainText("issues_view");
  await closeDialog(page);

  // The administrator's version stands; the manager's edit is still there, unsaved.
  expect(asSet((await roleOnServer(request, DEFAULT_ITWIN_ID, READ_ACCESS.id)).permissions)).toEqual(theirs);
  await assertPendingCount(page, "1 unsaved change in 1 role");
  await expect(matrixCell(page, READ_ACCESS.name, "storage_upload")).toHaveAccessibleName(/\(unsaved change\)$/);
  await assertCell(page, READ_ACCESS.name, "storage_upload", true);
});
