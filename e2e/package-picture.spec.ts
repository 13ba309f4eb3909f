// The package picture at scale (large preset): with 60 iTwin roles holding one package role, the target
// is in view where the picture opens, the 60 lines are bundled into it with their count, and the
// picture stays a sensible size.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { roleId } from "../emulator/data/seed-builder";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { edfsOperations } from "../src/api/operations/edfs";
import { assertPackagesPage, exportFile, packagesPath } from "./support/packages";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";

const PACKAGE = "SAP_WORK_ORDERS";

test("60 roles holding one package role: the target is in view and their lines arrive as one bundle with the count", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await resetEmulator(request, "large");
  const controls = emulator(request);
  const target = (await controls.actAsOk("admin", edfsOperations.listPackageRoles, {})).packageRoles[0]!;
  const assignments = Array.from({ length: 60 }, (_, i) => ({ iTwinRoleId: roleId(1, i + 10), packageRoleIds: [target.roleId] }));
  await controls.actAsOk(
    "admin",
    edfsOperations.addPackageRoleAssignments,
    { iTwinId: DEFAULT_ITWIN_ID, uniqueName: PACKAGE },
    { body: { assignments } },
  );

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, PACKAGE));
  await assertPackagesPage(page);
  const picture = page.getByTestId("mapping-picture");
  await picture.scrollIntoViewIfNeeded();

  const bundle = page.getByTestId("mapping-bundle").first();
  await expect(bundle).toHaveAttribute("data-count", /^(6\d|7\d)$/);
  await expect(bundle).toContainText(/6\d/);

  // The target sits at the top of the picture, on screen once the picture is.
  const node = page.getByTestId("mapping-package-role").first();
  const box = (await node.boundingBox())!;
  const pictureBox = (await picture.boundingBox())!;
  expect(box.y - pictureBox.y).toBeLessThan(120);
  // Rows are packed tighter at this size: the picture is far smaller than one 34 px row per role.
  expect(pictureBox.height).toBeLessThan(62 * 34);
});

test("with more than 300 iTwin roles the picture opens on only the roles holding package roles, says how many are left out, and exports at a sensible size", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await resetEmulator(request, "large");
  const controls = emulator(request);
  const all = (await controls.actAsOk("admin", roleOperations.listRoles, { iTwinId: DEFAULT_ITWIN_ID })).roles;
  expect(all.length).toBeGreaterThanOrEqual(300);
  const target = (await controls.actAsOk("admin", edfsOperations.listPackageRoles, {})).packageRoles[0]!;
  const assignments = Array.from({ length: 60 }, (_, i) => ({ iTwinRoleId: roleId(1, i + 10), packageRoleIds: [target.roleId] }));
  await controls.actAsOk(
    "admin",
    edfsOperations.addPackageRoleAssignments,
    { iTwinId: DEFAULT_ITWIN_ID, uniqueName: PACKAGE },
    { body: { assignments } },
  );
  const held = (
    await controls.actAsOk("admin", edfsOperations.listPackageRoleAssignments, { iTwinId: DEFAULT_ITWIN_ID, uniqueName: PACKAGE })
  ).assignments.length;

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, PACKAGE));
  await assertPackagesPage(page);
  await expect(page.getByLabel("Only roles with package roles")).toBeChecked();
  await expect(page.getByText(`Showing ${held} of ${all.length} iTwin roles`)).toBeVisible();
  await expect(page.getByTestId("mapping-itwin-role")).toHaveCount(held);

  const svg = await exportFile(page, "Export SVG");
  expect(svg.name).toMatch(/\.svg$/);
  // Sixty-odd roles, not three hundred: a file a person can send and open.
  expect(svg.bytes.length).toBeLessThan(300_000);
});
