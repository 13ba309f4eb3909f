// Never lose an edit: a gateway's HTML error page is read out as a sentence and the
// edit survives for a retry; names that look like markup stay text; an undo puts the server back.
// What the server holds is read back through the API (the emulator's act-as).
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { roleId } from "../emulator/data/seed-builder";
import { signInAs } from "./support/auth";
import { failNext, resetEmulator } from "./support/emulator";
import { membersPath } from "./support/members";
import {
  applyToggles,
  asSet,
  assertCell,
  assertMatrixShown,
  assertPendingCount,
  closeDialog,
  createRoleAs,
  filterMatrix,
  openReview,
  permissionMatrix,
  reviewedPermissions,
  roleOnServer,
  rolesPath,
  saveResultOf,
  saveReviewed,
  toggleCell,
  unsavedChangesBar,
} from "./support/roles";
import { addGroupMemberAs, changeEntries, closeChanges, groupRow, openChanges, pwnedMarker, undoChange } from "./support/resilience";

const READER_ROLE = { id: roleId(1, 1), name: "iTwin Reader" };
const GATEWAY_PAGE = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
const HOSTILE_ROLE = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_GROUP = "<script>window.__pwned=1</script>";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("an HTML 502 on save reads as a sentence, the edit is kept, and a retry saves it", async ({ page, request }) => {
  const original = await roleOnServer(request, DEFAULT_ITWIN_ID, READER_ROLE.id);
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "issues_close");
  await toggleCell(page, READER_ROLE.name, "issues_close");

  await failNext(request, { method: "PATCH", path: "/roles/", status: 502, body: GATEWAY_PAGE });
  const results = await saveReviewed(await openReview(page));
  await expect(results).toContainText("0 saved, 1 failed.");
  const failure = saveResultOf(results, READER_ROLE.name);
  await expect(failure).toContainText("Failed");
  await expect(failure).toContainText("502 Bad Gateway");
  await expect(failure).toContainText("Your changes to this role are kept");
  // No markup on screen: the page's text has none of the gateway's tags.
  const shown = await page.locator("body").innerText();
  expect(shown).not.toMatch(/<\/?(html|head|title|body|h1)\b/i);
  await closeDialog(page);

  // Nothing reached the server; the edit is still pending in the matrix.
  expect(asSet((await roleOnServer(request, DEFAULT_ITWIN_ID, READER_ROLE.id)).permissions)).toEqual(asSet(original.permissions));
  await assertPendingCount(page, "1 unsaved change in 1 role");
  await assertCell(page, READER_ROLE.name, "issues_close", true);

  // Retry: it saves, and the server holds the change.
  const retry = await openReview(page);
  expect(await reviewedPermissions(retry, READER_ROLE.name)).toEqual({ add: ["issues_close"], remove: [] });
  const saved = await saveReviewed(retry);
  await expect(saved).toContainText("1 saved.");
  await closeDialog(page);
  await expect(unsavedChangesBar(page)).toBeHidden();
  expect(asSet((await roleOnServer(request, DEFAULT_ITWIN_ID, READER_ROLE.id)).permissions)).toEqual(
    applyToggles(original.permissions, ["issues_close"]),
  );
});

test("a role and a group whose names look like markup are shown as text on the Roles page and the Groups tab, and nothing runs", async ({
  page,
  request,
}) => {
  const hostileRoleId = await createRoleAs(request, DEFAULT_ITWIN_ID, HOSTILE_ROLE, "Created with a name that is markup", ["itwins_read"]);
  await addGroupMemberAs(request, DEFAULT_ITWIN_ID, HOSTILE_GROUP, "A group whose name is a script tag", [hostileRoleId]);

  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "onerror");
  await expect(permissionMatrix(page).getByText(HOSTILE_ROLE, { exact: true }).first()).toBeVisible();
  expect(await pwnedMarker(page)).toBeUndefined();

  await page.goto(membersPath(DEFAULT_ITWIN_ID, "groups"));
  const row = groupRow(page, HOSTILE_GROUP);
  await expect(row.getByText(HOSTILE_GROUP, { exact: true })).toBeVisible();
  await expect(row.getByText(HOSTILE_ROLE, { exact: true })).toBeVisible();
  expect(await pwnedMarker(page)).toBeUndefined();
  // No element was made from either name.
  expect(await page.locator('img[src="x"], main script').count()).toBe(0);
});

test("undoing a saved role change from the change log puts the server back to the role's original permissions", async ({
  page,
  request,
}) => {
  const original = await roleOnServer(request, DEFAULT_ITWIN_ID, READER_ROLE.id);
  await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await filterMatrix(page, "forms_delete");
  await toggleCell(page, READER_ROLE.name, "forms_delete");
  const saved = await saveReviewed(await openReview(page));
  await expect(saved).toContainText("1 saved.");
  await closeDialog(page);
  expect(asSet((await roleOnServer(request, DEFAULT_ITWIN_ID, READER_ROLE.id)).permissions)).toEqual(
    applyToggles(original.permissions, ["forms_delete"]),
  );

  const panel = await openChanges(page);
  await expect(changeEntries(panel)).toHaveCount(1);
  await expect(changeEntries(panel).first()).toContainText("grant forms_delete");
  await undoChange(page, panel, `Role ${READER_ROLE.name}`);
  await expect(changeEntries(panel)).toHaveCount(2);
  await expect(changeEntries(panel).nth(0)).toHaveAttribute("data-status", "saved");
  await closeChanges(page);

  expect(asSet((await roleOnServer(request, DEFAULT_ITWIN_ID, READER_ROLE.id)).permissions)).toEqual(asSet(original.permissions));
  await assertCell(page, READER_ROLE.name, "forms_delete", false);
});
