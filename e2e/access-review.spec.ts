// Access reviews on the Organization page: a campaign over several iTwins decided and applied (the
// emulator then holds exactly what was kept), handed from one administrator to another as a file, and
// the hints a reviewer relies on (a share link, an iTwin with one owner).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { checkScreen, paintedTheme } from "./support/a11y";
import { emulator, resetEmulator } from "./support/emulator";
import { writeFile } from "node:fs/promises";
import { downloadText, itwinId, ORG_SMALL_ITWINS, orgSmallName, waitForCompleteIndex } from "./support/organization";
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
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { shareOperations } from "../src/api/operations/accesscontrol-shares";
import { groupOperations } from "../src/api/operations/accesscontrol-groups";
import { planStatus, pressButton, waitForPlanToFinish } from "./support/plans";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, "org-small");
  await emulator(request).clearSettings();
});

/** What the emulator holds on an iTwin: user members with their roles, group members, owners, groups, invitations, share links. */
async function holdings(request: APIRequestContext, no: number) {
  const controls = emulator(request);
  const iTwinId = itwinId(no);
  const q = { query: { $top: 1000 } };
  const users = await controls.actAsOk("admin", memberOperations.listUserMembers, { iTwinId }, q);
  const groupMembers = await controls.actAsOk("admin", memberOperations.listGroupMembers, { iTwinId }, q);
  const owners = await controls.actAsOk("admin", memberOperations.listOwners, { iTwinId }, q);
  const groups = await controls.actAsOk("admin", groupOperations.listGroups, { iTwinId }, q);
  const invitations = await controls.actAsOk("admin", memberOperations.listInvitations, { iTwinId }, q);
  const shares = await controls.actAsOk("admin", shareOperations.listShares, { iTwinId });
  return {
    users: Object.fromEntries(users.members.map((m) => [m.id, { email: m.email ?? null, roles: m.roles.map((r) => r.id).sort() }])),
    groupMembers: Object.fromEntries(groupMembers.members.map((g) => [g.id, g.roles.map((r) => r.id).sort()])),
    owners: owners.members.map((o) => o.id).sort(),
    groups: Object.fromEntries(groups.groups.map((g) => [g.id, g.members.map((m) => m.userId ?? m.id).sort()])),
    invitations: invitations.invitations.map((i) => i.id).sort(),
    shares: shares.shares.map((x) => x.id).sort(),
  };
}

test("a reviewer revokes the missing users and one person's access on one iTwin, keeps the rest and applies: the server then holds exactly that, and the evidence shows every decision and result", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const scope = [1, 2, 3];
  const before = await Promise.all(scope.map((no) => holdings(request, no)));
  const missing = before.flatMap((h) => Object.entries(h.users).filter(([, u]) => !u.email));
  expect(missing.length).toBeGreaterThan(0);
  const missingLines = missing.reduce((n, [, u]) => n + Math.max(1, u.roles.length), 0);
  // One person of the second iTwin (not an owner there), who also holds roles elsewhere in the organization.
  const [id, person] = Object.entries(before[1]!.users).find(
    ([uid, u]) => u.email && !uid.startsWith("a0000000") && !before[1]!.owners.includes(uid),
  )!;
  const personLines = Math.max(1, person.roles.length);

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openReviews(page);
  await startReview(page, "Spring recertification", scope.map(orgSmallName));
  await expectNoSeriousA11yViolations(page, "a new review");
  const total = Number(/of ([\d,]+) lines decided/.exec((await reviewProgress(page).textContent()) ?? "")?.[1]?.replace(/,/g, ""));

  await choose(page, "Hint", "Missing user");
  await expect(lineRow(page, "Missing user").first()).toBeVisible();
  await expect(shownCount(page)).toContainText(new RegExp(`^${missingLines} of `));
  expect(await decideAllShown(page, "Revoke", "Deleted from IMS")).toBe(missingLines);
  await clearFilters(page);
  await pick(page, "iTwin", orgSmallName(2));
  await pick(page, "Person or group", person.email!, new RegExp(person.email!.replace(/[.+]/g, "\\$&")));
  await expect(shownCount(page)).toContainText(`${personLines} of`);
  // What a revocation takes away is on the line before it is decided.
  await reviewLines(page).first().click();
  await expect(page.getByTestId("line-details")).toContainText("Revoking takes away:");
  await reviewLines(page)
    .first()
    .getByRole("button", { name: /^Revoke: / })
    .focus();
  await page.keyboard.press("Enter");
  if (personLines > 1) expect(await decideAllShown(page, "Revoke", "Moved to another project")).toBe(personLines);
  else {
    await reviewLines(page)
      .first()
      .getByRole("textbox", { name: /^Note: / })
      .fill("Moved to another project");
    await reviewLines(page)
      .first()
      .getByRole("textbox", { name: /^Note: / })
      .blur();
  }
  await clearFilters(page);
  await choose(page, "Decision", "Undecided");
  // The filter is applied before deciding all it shows.
  await expect(shownCount(page)).toContainText(new RegExp(`^${(total - missingLines - personLines).toLocaleString("en")} of `));
  expect(await decideAllShown(page, "Keep")).toBe(total - missingLines - personLines);
  await clearFilters(page);
  await expect(reviewProgress(page)).toContainText(`${total.toLocaleString("en")} of ${total.toLocaleString("en")} lines decided`);
  await expect(reviewProgress(page)).toContainText(`${(missingLines + personLines).toLocaleString("en")} to revoke, 0 undecided`);

  // Apply: the revocations as a plan, reviewed, then sent.
  const revocations = missingLines + personLines;
  await pressButton(page, `Review ${revocations} revocations as a plan`);
  await expect(page.getByRole("heading", { name: "Access review: Spring recertification" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the review's plan");
  await pressButton(page, /^Apply \d+ changes?$/);
  await waitForPlanToFinish(page);
  await expect(planStatus(page)).toContainText(/^Finished: (\d+) of \1 done/);
  await choose(page, "Decision", "Revoke");
  await expect(reviewLines(page)).toHaveCount(revocations);
  await expect(page.locator('[data-testid="review-line"][data-result="applied"]')).toHaveCount(revocations);
  await expect(reviewLines(page).first().getByTestId("line-result")).toHaveText(/^Revoked/);

  // The server holds exactly what was kept.
  const after = await Promise.all(scope.map((no) => holdings(request, no)));
  const gone = new Set(missing.map(([uid]) => uid));
  const expected = before.map((h, i) => ({
    ...h,
    users: Object.fromEntries(Object.entries(h.users).filter(([uid]) => !gone.has(uid) && !(i === 1 && uid === id))),
  }));
  expect(after).toEqual(expected);

  // The evidence lists every decision and every applied result, and so does its printed page.
  const csv = await downloadText(page, () => page.getByRole("button", { name: "Evidence CSV" }).click());
  const rows = csv.trim().split("\r\n").slice(1);
  expect(rows).toHaveLength(total);
  expect(rows.filter((r) => r.includes(",Revoke,"))).toHaveLength(revocations);
  expect(rows.filter((r) => r.includes(",Revoke,") && r.includes(",Applied,"))).toHaveLength(revocations);
  expect(rows.filter((r) => r.includes(",Keep,"))).toHaveLength(total - revocations);
  const [report] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Open printable report" }).click()]);
  await report.emulateMedia({ media: "print" });
  await expect(report.getByRole("heading", { name: "Access review: Spring recertification" })).toBeVisible();
  const lines = report.getByRole("table").last().locator("tbody tr");
  await expect(lines).toHaveCount(total);
  await expect(lines.filter({ hasText: "Deleted from IMS" })).toHaveCount(missingLines);
  await expect(lines.filter({ hasText: "Moved to another project" })).toHaveCount(personLines);
  await expect(lines.filter({ hasText: "Applied" })).toHaveCount(revocations);
  await expect(report.locator("body")).toContainText(`Kept / revoked / undecided${total - revocations} / ${revocations} / 0`);
  await expect(report.locator("body")).toContainText(new RegExp(`Applied / failed[a-z /]*${revocations}( / 0){4}`));
  await report.close();
});

test("a share link and an iTwin with a single owner are flagged in the campaign, with what revoking them takes away", async ({
  page,
  request,
}) => {
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
  const [third, fourth] = [orgSmallName(3), orgSmallName(4)];

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
  expect(share.share.id).toBeTruthy();

  await clearFilters(page);
  await choose(page, "Hint", "Only owner");
  await pick(page, "iTwin", fourth);
  await expect(shownCount(page)).toContainText(/^1 of /);
  const owner = reviewLines(page).first();
  await expect(owner).toContainText(fourth);
  await expect(owner).toContainText("Owner");
  await expect(owner).toContainText("Ownership: every permission on the iTwin");
  await owner.click();
  await expect(page.getByTestId("line-details")).toContainText(
    "The only owner of the iTwin: revoking it leaves the iTwin without an owner.",
  );
  await expect(owner).toContainText(soleOwner.email ?? "");
  // The same screen in dark.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => paintedTheme(page)).toBe("dark");
  await checkScreen(page, "dark", "access-review-flags");
});

test("a review exported by one administrator is imported by another, who continues where it stopped with every decision intact", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const [second, fifth] = [orgSmallName(2), orgSmallName(5)];
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
  const [chooser] = await Promise.all([
    tess.waitForEvent("filechooser"),
    tess.getByRole("button", { name: "Import a review file" }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(tess.getByTestId("review-message")).toContainText("Imported “Quarterly recertification”, exported by Ada Admin");
  await expect(reviewProgress(tess)).toHaveText(before);
  await choose(tess, "Decision", "Revoke");
  await expect(shownCount(tess)).toContainText(`${revoked} of`);
  await expect(
    reviewLines(tess)
      .first()
      .getByRole("textbox", { name: /^Note: / }),
  ).toHaveValue("No longer managing");
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

test("a review refreshed from the index keeps the decisions on lines still there and lists the lines gone with the decision they had", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const no = 2;
  const held = await holdings(request, no);
  const people = Object.entries(held.users).filter(([uid, u]) => u.email && !uid.startsWith("a0000000") && !held.owners.includes(uid));
  const [[leaverId, leaver], [stayerId, stayer]] = people as [
    [string, { email: string; roles: string[] }],
    [string, { email: string; roles: string[] }],
  ];
  const lines = (u: { roles: string[] }) => Math.max(1, u.roles.length);

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openReviews(page);
  await startReview(page, "Refreshed review", [orgSmallName(no)]);
  await expect(page.getByTestId("review-hint-settings")).toContainText("more than 5 owners");
  const decideFor = async (email: string, verdict: "Keep" | "Revoke", note: string, count: number) => {
    await pick(page, "Person or group", email, new RegExp(email.replace(/[.+]/g, "\\$&")));
    await expect(shownCount(page)).toContainText(`${count} of`);
    expect(await decideAllShown(page, verdict, note)).toBe(count);
    await clearFilters(page);
  };
  await decideFor(leaver.email, "Revoke", "Left the company", lines(leaver));
  await decideFor(stayer.email, "Keep", "Still on the project", lines(stayer));
  await expect(reviewProgress(page)).toContainText(/^[\d,]+ of [\d,]+ lines decided/);
  const total = Number(/of ([\d,]+) lines decided/.exec((await reviewProgress(page).textContent()) ?? "")?.[1]?.replace(/,/g, ""));

  // Someone else removes the leaver meanwhile; the review is refreshed.
  await emulator(request).actAsOk("admin", memberOperations.removeUserMember, { iTwinId: itwinId(no), memberId: leaverId });
  await page.getByRole("button", { name: "Refresh from the index" }).click();
  await expect(page.getByTestId("review-message")).toContainText(`Refreshed “Refreshed review”`, { timeout: 60_000 });
  await expect(page.getByTestId("review-message")).toContainText(`${lines(leaver)} line${lines(leaver) === 1 ? "" : "s"} gone`);
  const gone = page.getByRole("list", { name: "Lines gone since an earlier snapshot" });
  await expect(gone.getByRole("listitem")).toHaveCount(lines(leaver));
  await expect(gone.getByRole("listitem").filter({ hasText: "was decided: revoke (Left the company)" })).toHaveCount(lines(leaver));
  const left = (total - lines(leaver)).toLocaleString("en");
  await expect(reviewProgress(page)).toContainText(`${lines(stayer)} of ${left} lines decided: ${lines(stayer)} kept, 0 to revoke`);
  expect(stayerId).not.toBe(leaverId);
});

test("an open review's hint settings are changed: its hints are worked out again, its decisions stay, and what is typed survives a reload", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openReviews(page);
  await startReview(page, "Settings review", [orgSmallName(2)]);
  await reviewLines(page)
    .first()
    .getByRole("button", { name: /^Keep: / })
    .click();
  const hinted = async (hint: string) => {
    await choose(page, "Hint", hint);
    const n = Number(/^([\d,]+) of/.exec((await shownCount(page).textContent()) ?? "")?.[1]?.replace(/,/g, ""));
    await clearFilters(page);
    return n;
  };
  const outsideBefore = await hinted("Outside the organization's domains");
  // No iTwin has more than 5 owners: the hint filter does not offer "Many owners".
  await page.getByRole("search", { name: "Filter the review" }).getByLabel("Hint", { exact: true }).click();
  await expect(page.getByRole("option", { name: "Privileged", exact: true })).toBeVisible();
  await expect(page.getByRole("option", { name: "Many owners", exact: true })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Change hint settings" }).click();
  let dialog = page.getByRole("dialog", { name: "Hint settings" });
  await expect(dialog.getByLabel("Organization e-mail domains")).toHaveValue(/\w/);
  await dialog.getByLabel("Owner limit").fill("0");
  await expect(dialog.getByText("A whole number, at least 1.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Save settings" })).toBeDisabled();
  await dialog.getByLabel("Owner limit").fill("1");
  await dialog.getByLabel("Organization e-mail domains").fill("elsewhere.example");
  await page.reload();
  dialog = page.getByRole("dialog", { name: "Hint settings" });
  await expect(dialog.getByLabel("Owner limit")).toHaveValue("1");
  await expect(dialog.getByLabel("Organization e-mail domains")).toHaveValue("elsewhere.example");
  await dialog.getByRole("button", { name: "Save settings" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("review-message")).toContainText("Hint settings changed");
  await expect(page.getByTestId("review-hint-settings")).toContainText("elsewhere.example");
  await expect(page.getByTestId("review-hint-settings")).toContainText("more than 1 owner on an iTwin");

  // The ownerships of an iTwin with two owners or more are now "Many owners"; every e-mail is outside.
  await choose(page, "Hint", "Many owners");
  await expect(shownCount(page)).not.toContainText(/^0 of /);
  await expect(reviewLines(page).first()).toContainText("Many owners");
  await clearFilters(page);
  expect(await hinted("Outside the organization's domains")).toBeGreaterThan(outsideBefore);
  await expect(reviewProgress(page)).toContainText(/^1 of [\d,]+ lines decided: 1 kept/);
});
