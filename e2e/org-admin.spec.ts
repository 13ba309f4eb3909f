// The organization administrator is a member of no iTwin: the iTwins API lists none for her unless she
// asks for the organization's (x-itwin-query-scope: OrganizationAdmin), and Access Control lets her
// administer every iTwin of the organization anyway.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { assertNotMemberOfAny, openPicker, organizationList, pickITwin, showITwins } from "./support/itwins";
import { assertCell, assertMatrixShown, closeDialog, filterMatrix, reviewAndSave, toggleCell } from "./support/roles";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the organization administrator, a member of no iTwin, finds every iTwin through the organization's list and edits roles on one", async ({
  page,
  request,
}) => {
  const scoped: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/itwins") && r.headers()["x-itwin-query-scope"] === "OrganizationAdmin")
      scoped.push(new URL(r.url()).pathname);
  });
  await signInAs(page, "admin");

  // "My iTwins" is empty for her; the start page offers the organization's iTwins instead.
  await assertNotMemberOfAny(page);
  await expect(organizationList(page).getByRole("link", { name: /White River Bridge/ })).toBeVisible();
  await expect(organizationList(page).getByRole("link", { name: /Cedar Creek Interchange/ })).toBeVisible();
  await expect(await openPicker(page)).toContainText("You are a member of no iTwin");
  await page.keyboard.press("Escape");

  await showITwins(page, "All iTwins of my organization");
  await pickITwin(page, "White River Bridge");
  await assertMatrixShown(page);

  await filterMatrix(page, "storage_upload");
  await assertCell(page, "iTwin Reader", "storage_upload", false);
  await toggleCell(page, "iTwin Reader", "storage_upload");
  const results = await reviewAndSave(page, [{ role: "iTwin Reader", add: ["storage_upload"] }]);
  await expect(results).toContainText("1 saved.");
  await closeDialog(page);

  expect(scoped).toContain("/api/itwins");

  // No list was ever asked for more than 100 items a page.
  const log = (await (await request.get("/__emulator/requests")).json()) as { requests: { url: string }[] };
  const tops = log.requests.map((r) => Number(new URL(r.url, "https://x").searchParams.get("$top") ?? 0));
  expect(Math.max(...tops)).toBeLessThanOrEqual(100);
});
