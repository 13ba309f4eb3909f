// Integration owners decide which iTwin roles may run which EDFS packages, on the real local stack.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { failNext, resetEmulator } from "./support/emulator";
import { SEED_ASSIGNMENT_422 } from "../src/test/seed-errors";
import {
  accessibilityViolations,
  assertFieldError,
  assertPackagesPage,
  assertSaved,
  assignmentCheckbox,
  chooseITwinRoles,
  exportFile,
  filterRoles,
  mappingLines,
  mappingNode,
  mappingRows,
  packagesPath,
  reviewAndSave,
  tickPackageRole,
} from "./support/packages";

const EXECUTE = "Execute Integration Package";
const SQL = "SQL_CUSTOMERS_TABLE";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the organization administrator gives a role Execute Integration Package, sees the new line, and it is still there after a reload", async ({
  page,
}) => {
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, SQL));
  await assertPackagesPage(page);
  await expect(page.getByRole("heading", { name: "Sql Customers" })).toBeVisible();
  await expect(assignmentCheckbox(page, EXECUTE, "EDFS_integration")).toBeChecked();
  await expect(mappingLines(page)).toHaveCount(1);

  await assignmentCheckbox(page, EXECUTE, "iTwin Reader").check();
  await expect(mappingLines(page, "added")).toHaveCount(1);
  await reviewAndSave(page);
  await assertSaved(page);
  await expect(mappingLines(page, "saved")).toHaveCount(2);

  // Hovering a role highlights its lines only.
  await mappingNode(page, "iTwin Reader").hover();
  await expect(mappingLines(page).and(page.locator('[data-highlighted="true"]'))).toHaveCount(1);

  await page.reload();
  await assertPackagesPage(page);
  await expect(assignmentCheckbox(page, EXECUTE, "iTwin Reader")).toBeChecked();
  await expect(mappingLines(page, "saved")).toHaveCount(2);

  expect(await accessibilityViolations(page)).toEqual([]);
});

test("the seed's four-detail 422 shows each message at its own field and keeps the choice", async ({ page, request }) => {
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, SQL));
  await assertPackagesPage(page);
  await chooseITwinRoles(page, ["Surveyor"]);
  await tickPackageRole(page, EXECUTE);
  await failNext(request, { method: "POST", path: "^/edfs/itwins/[^/]+/packages/[^/]+/roles$", status: 422, body: SEED_ASSIGNMENT_422 });
  await reviewAndSave(page);

  await assertFieldError(page, "iTwinRoleId", "Provided iTwin Role ID value is not valid.");
  await assertFieldError(page, "packageRoleIds", "Provided Package Role ID value is not valid.");
  await assertFieldError(page, "iTwinId", "Provided iTwin ID value is not valid.");
  await assertFieldError(page, "uniqueName", "Provided Unique Name value contains invalid characters.");
  await expect(assignmentCheckbox(page, EXECUTE, "Surveyor")).toBeChecked();
  await expect(mappingLines(page, "added")).toHaveCount(1);
});

test("the project manager, who lacks edfs_objipexec, sees Execute Integration Package disabled with the reason", async ({ page }) => {
  await signInAs(page, "manager", packagesPath(DEFAULT_ITWIN_ID, SQL));
  await assertPackagesPage(page);
  await expect(assignmentCheckbox(page, EXECUTE, "iTwin Reader")).toBeDisabled();
  await expect(page.getByTestId("package-role-disabled-reason")).toHaveText("Needs edfs_objipexec, which you do not have on this iTwin.");
});

test("the mapping exports as SVG, PNG and CSV", async ({ page }) => {
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, "SAP_WORK_ORDERS"));
  await assertPackagesPage(page);
  const svg = await exportFile(page, "Export SVG");
  expect(svg.name).toBe("SAP_WORK_ORDERS-mapping.svg");
  expect(svg.bytes.toString("utf8")).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*Execute Integration Package/);
  const png = await exportFile(page, "Export PNG");
  expect(png.name).toBe("SAP_WORK_ORDERS-mapping.png");
  expect(png.bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  const csv = await exportFile(page, "Export CSV");
  expect(csv.bytes.toString("utf8")).toContain("SAP_WORK_ORDERS,EDFS_integration,");
  expect(csv.bytes.toString("utf8").trim().split("\r\n")).toHaveLength(3);
});

test("with the large preset the picture starts with the roles that hold package roles and the filter narrows it", async ({
  page,
  request,
}) => {
  await resetEmulator(request, "large");
  await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, "SAP_WORK_ORDERS"));
  await assertPackagesPage(page);
  await expect(mappingRows(page)).toHaveCount(2);
  await filterRoles(page, "Surveyor", false);
  await expect(mappingRows(page)).toHaveCount(1);
  await expect(mappingNode(page, "Surveyor")).toBeVisible();
});
