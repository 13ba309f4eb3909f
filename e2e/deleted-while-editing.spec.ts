// Someone else deletes a role while the project manager has unsaved matrix edits to it and to another
// role: Save says the role no longer exists, lists the changes that could not be applied, and offers to
// re-create it with them — never "your changes are kept; you can try again" for a column that is gone.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { roleId } from "../emulator/data/seed-builder";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";
import {
  assertMatrixShown,
  filterMatrix,
  openReview,
  reviewItem,
  roleOnServer,
  rolesOnServer,
  rolesPath,
  saveReviewed,
  toggleCell,
} from "./support/roles";

const READ_ACCESS = { id: roleId(1, 3), name: "Read Access" };
const WRITE_ACCESS = { id: roleId(1, 4), name: "Write Access" };

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("a role deleted elsewhere mid-edit is reported as gone with the changes that could not be applied, and can be re-created with them", async ({
  page,
  request,
}) => {
  const writeBefore = await roleOnServer(request, DEFAULT_ITWIN_ID, WRITE_ACCESS.id);
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "storage");
  await toggleCell(page, WRITE_ACCESS.name, "storage_delete");
  await toggleCell(page, READ_ACCESS.name, "storage_upload");

  // Meanwhile the organization administrator deletes Write Access.
  await emulator(request).actAsOk("admin", roleOperations.deleteRole, { iTwinId: DEFAULT_ITWIN_ID, roleId: WRITE_ACCESS.id });

  const results = await saveReviewed(await openReview(page));
  await expect(results).toContainText("1 saved, 1 deleted on the server.");
  const gone = reviewItem(results, WRITE_ACCESS.name);
  await expect(gone).toContainText("Deleted on the server");
  await expect(gone).toContainText("This role no longer exists");
  await expect(gone).toContainText("storage_delete");
  await expect(gone).not.toContainText("you can try again");
  await expect(reviewItem(results, READ_ACCESS.name)).toContainText("Saved");

  // Re-create it with the changes: a new role of the same name holds what the manager wanted.
  await gone.getByRole("button", { name: "Re-create the role with these changes" }).click();
  await expect(gone).toContainText(`Re-created ${WRITE_ACCESS.name}`);
  const recreated = (await rolesOnServer(request, DEFAULT_ITWIN_ID)).find((r) => r.displayName === WRITE_ACCESS.name);
  expect(recreated).toBeDefined();
  expect(recreated!.id).not.toBe(WRITE_ACCESS.id);
  expect([...(recreated!.permissions ?? [])].sort()).toEqual([...(writeBefore.permissions ?? []), "storage_delete"].sort());
  expect((await roleOnServer(request, DEFAULT_ITWIN_ID, READ_ACCESS.id)).permissions).toContain("storage_upload");
});
