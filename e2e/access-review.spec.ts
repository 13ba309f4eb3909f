// Access reviews on the Organization page: a campaign over several iTwins decided and applied (the
// emulator then holds exactly what was kept), handed from one administrator to another as a file, and
// the hints a reviewer relies on (a share link, an iTwin with one owner).
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { emulator, resetEmulator } from "./support/emulator";
import { writeFile } from "node:fs/promises";
import { downloadText, itwinId, ORG_SMALL_ITWINS, waitForCompleteIndex } from "./support/organization";
import {
  choose,
  clearFilters,
  decideAllShown,
  lineRow,
  openReviews,
  pick,
  reviewLines,
  reviewProgress,
  shownCount,
  startReview,
} from "./support/reviews";
import { seedOrgSmall } from "../emulator/data/seed-org";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { shareOperations } from "../src/api/operations/accesscontrol-shares";

const seeded = seedOrgSmall();
/** The seeded name of the n-th iTwin of the org-small preset. */
const nameOf = (no: number) => seeded.itwins.get(itwinId(no))!.displayName;

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, "org-small");
  await emulator(request).clearSettings();
});

test("a share link and an iTwin with a single owner are flagged in the campaign, with what revoking them takes away", async ({ page, request }) => {
  test.setTimeout(120_000);
  const controls = emulator(request);
  // iTwin 3 gets a share link; iTwin 4 is left with one owner.
  const share = await controls.actAsOk(
    "admin",
    shareOperations.createShare,
    { iTwinId: itwinId(3) },
    { body: { shareContract: "Default", expiration: new Date(Date.now() + 10 * 86_400_000).toISOString() } },
  );
  const owners = await controls.actAsOk("admin", memberOperations.listOwners, { iTwinId: itwinId(4) }, { query: { $top: 100 } });
  for (const o of owners.members.slice(1))
    await controls.actAsOk("admin", memberOperations.removeOwner, { iTwinId: itwinId(4), memberId: o.id });
  const soleOwner = owners.members[0]!;
  const [third, fourth] = [nameOf(3), nameOf(4)];

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openReviews(page);
  await expect(page.getByRole("heading", { name: "No access reviews yet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the empty access reviews");
  await startReview(page, "Links and owners", [third, fourth]);
  await expectNoSeriousA11yViolations(page, "the review screen");

  await choose(page, "Hint", "Anonymous access (share link)");
  await expect(shownCount(page)).toContainText(/^1 of [\d,]+ lines shown/);
  const link = lineRow(page, "Share link");
  await expect(link).toHaveCount(1);
  await expect(link).toContainText(third);
  await expect(link).toContainText("Anonymous read access through the link");
  await expect(link).toContainText(/expires /);
  void share;

  await clearFilters(page);
  await choose(page, "Hint", "Only owner");
  await expect(shownCount(page)).toContainText(/^1 of /);
  const owner = reviewLines(page).first();
  await expect(owner).toContainText(fourth);
  await expect(owner).toContainText("Owner");
  await expect(owner).toContainText("Ownership: every permission on the iTwin");
  await owner.click();
  await expect(page.getByTestId("line-details")).toContainText("The only owner of the iTwin: revoking it leaves the iTwin without an owner.");
  void soleOwner;
});

test("a review exported by one administrator is imported by another, who continues where it stopped with every decision intact", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const [second, fifth] = [nameOf(2), nameOf(5)];
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openReviews(page);
  await startReview(page, "Quarterly recertification", [second, fifth]);

  // Ada revokes everything of one iTwin's project managers with a note, and keeps its readers.
  await pick(page, "iTwin", second);
  await pick(page, "Role", "Reader");
  const kept = await decideAllShown(page, "Keep", "Readers stay");
  await clearFilters(page);
  await pick(page, "iTwin", second);
  await pick(page, "Role", "Project Manager");
  const revoked = await decideAllShown(page, "Revoke", "No longer managing");
  expect(kept).toBeGreaterThan(0);
  expect(revoked).toBeGreaterThan(0);
  await clearFilters(page);
  const progress = `${kept + revoked} of`;
  await expect(reviewProgress(page)).toContainText(progress);
  const before = (await reviewProgress(page).textContent()) ?? "";

  // A reload keeps the review open, with its decisions.
  await page.reload();
  await expect(reviewProgress(page)).toHaveText(before, { timeout: 60_000 });

  const file = await downloadText(page, () => page.getByRole("button", { name: "Export review file" }).click());
  const path = test.info().outputPath("review.json");
  await writeFile(path, file);

  // Tess, another organization administrator, in her own browser.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: test.info().project.use.baseURL });
  const tess = await context.newPage();
  await signInAs(tess, "admin2", "/organization");
  await waitForCompleteIndex(tess, ORG_SMALL_ITWINS);
  await openReviews(tess);
  await expect(tess.getByRole("heading", { name: "No access reviews yet" })).toBeVisible();
  const [chooser] = await Promise.all([tess.waitForEvent("filechooser"), tess.getByRole("button", { name: "Import a review file" }).click()]);
  await chooser.setFiles(path);
  await expect(tess.getByTestId("review-message")).toContainText("Imported “Quarterly recertification”, exported by Ada Admin");
  await expect(reviewProgress(tess)).toHaveText(before);
  await choose(tess, "Decision", "Revoke");
  await expect(shownCount(tess)).toContainText(`${revoked} of`);
  await expect(reviewLines(tess).first().getByRole("textbox", { name: /^Note: / })).toHaveValue("No longer managing");
  await reviewLines(tess).first().click();
  await expect(tess.getByTestId("line-details")).toContainText("decided by Ada Admin");
  await expectNoSeriousA11yViolations(tess, "an imported review");

  // She goes on: the undecided lines of the other iTwin are kept under her name.
  await choose(tess, "Decision", "Undecided");
  await pick(tess, "iTwin", fifth);
  const more = await decideAllShown(tess, "Keep");
  expect(more).toBeGreaterThan(0);
  await choose(tess, "Decision", "Keep");
  await reviewLines(tess).first().click();
  await expect(tess.getByTestId("line-details")).toContainText("decided by Tess Admin");
  await clearFilters(tess);
  await expect(reviewProgress(tess)).toContainText(`${kept + revoked + more} of`);
  await context.close();
});
